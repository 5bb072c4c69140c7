package org.atrium.platform.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsTenLettersAndDigits() {
        assertThat(policy.violation("zhangwei", "huaxia2024".toCharArray(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void refusesShortPasswordsInTheUsersLanguage() {
        assertThat(policy.violation("zhangwei", "abc12345".toCharArray(), Locale.ENGLISH))
                .contains("The password must have at least 10 characters.");
        assertThat(policy.violation("zhangwei", "abc12345".toCharArray(), Locale.SIMPLIFIED_CHINESE))
                .contains("密码至少需要 10 个字符。");
    }

    @Test
    void refusesPasswordsWithoutLettersOrWithoutDigits() {
        assertThat(policy.violation("u", "abcdefghijk".toCharArray(), Locale.ENGLISH)).isPresent();
        assertThat(policy.violation("u", "12345678901".toCharArray(), Locale.ENGLISH)).isPresent();
    }

    @Test
    void refusesTheLoginItselfIgnoringCase() {
        assertThat(policy.violation("zhangwei2024", "ZhangWei2024".toCharArray(), Locale.ENGLISH))
                .contains("The password must not be the login name.");
    }
}
