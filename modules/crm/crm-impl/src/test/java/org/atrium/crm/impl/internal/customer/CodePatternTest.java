package org.atrium.crm.impl.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodePatternTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 7);

    @Test
    void defaultPattern() {
        CodePattern p = new CodePattern("C{yyyy}{seq:6}");
        assertThat(p.format(DAY, 42)).isEqualTo("C2025000042");
        assertThat(p.counterKey(DAY)).isEqualTo("C2025{seq}");
        assertThat(p.counterKey(DAY.plusYears(1))).isNotEqualTo(p.counterKey(DAY));
    }

    @Test
    void allTokens() {
        CodePattern p = new CodePattern("KH-{yy}{MM}{dd}-{seq:4}");
        assertThat(p.format(DAY, 7)).isEqualTo("KH-250307-0007");
        assertThat(p.counterKey(DAY)).isEqualTo("KH-250307-{seq}");
    }

    @Test
    void counterExhaustedWhenDigitsRunOut() {
        CodePattern p = new CodePattern("C{seq:2}");
        assertThat(p.format(DAY, 99)).isEqualTo("C99");
        assertThatThrownBy(() -> p.format(DAY, 100)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.format(DAY, 0)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C{yyyy}", "C{seq:6}{seq:2}", "C{seq:0}", "C {seq:6}", "C{seq:13}", "客户{seq:6}",
            "C{hh}{seq:3}"})
    void malformedPatternsAreRejected(String pattern) {
        assertThatThrownBy(() -> new CodePattern(pattern)).isInstanceOf(IllegalArgumentException.class);
    }
}
