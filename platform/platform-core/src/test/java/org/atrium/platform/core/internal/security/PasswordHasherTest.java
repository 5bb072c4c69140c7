package org.atrium.platform.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void productionUsesAtLeastSixHundredThousandIterations() {
        assertThat(PasswordHasher.PRODUCTION_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(new PasswordHasher().iterations()).isEqualTo(PasswordHasher.PRODUCTION_ITERATIONS);
    }

    @Test
    void aHashVerifiesOnlyItsOwnPassword() {
        PasswordHasher.Hash hash = hasher.hash("Correct horse 1".toCharArray());

        assertThat(hasher.verify("Correct horse 1".toCharArray(), hash.hash(), hash.salt(), hash.iterations())).isTrue();
        assertThat(hasher.verify("Correct horse 2".toCharArray(), hash.hash(), hash.salt(), hash.iterations())).isFalse();
        assertThat(hasher.verify("Correct horse 1".toCharArray(), hash.hash(), hash.salt(), hash.iterations() + 1))
                .isFalse();
        assertThat(hasher.verify("x".toCharArray(), null, null, 0)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSixteenByteSaltAndA256BitKey() {
        PasswordHasher.Hash a = hasher.hash("same password 1".toCharArray());
        PasswordHasher.Hash b = hasher.hash("same password 1".toCharArray());

        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(java.util.Base64.getDecoder().decode(a.salt())).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(a.hash())).hasSize(32);
        assertThat(a.iterations()).isEqualTo(1_000);
    }

    @Test
    void weakerHashesAreUpgraded() {
        assertThat(hasher.needsRehash(999)).isTrue();
        assertThat(hasher.needsRehash(1_000)).isFalse();
    }

    @Test
    void generatedPasswordsAreRandomAndPassThePolicy() {
        PasswordPolicy policy = new PasswordPolicy();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = hasher.generatePassword();
            assertThat(password).hasSize(16).doesNotContainAnyWhitespaces();
            assertThat(policy.violation("admin", password.toCharArray(), Locale.ENGLISH)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void clearOverwritesThePassword() {
        char[] password = "secret123".toCharArray();
        PasswordHasher.clear(password);
        assertThat(password).containsOnly('\0');
    }
}
