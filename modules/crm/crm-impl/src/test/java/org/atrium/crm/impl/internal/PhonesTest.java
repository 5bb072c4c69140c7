package org.atrium.crm.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @CsvSource({"13800138000, 13800138000", "'138 0013 8000', 13800138000", "+86-138-0013-8000, 13800138000",
            "8613800138000, 13800138000"})
    void validMobiles(String input, String expected) {
        assertThat(Phones.mobile(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "abc", "021-12345678"})
    void invalidMobiles(String input) {
        assertThat(Phones.mobile(input)).isNull();
    }

    @Test
    void landlinesAndEmails() {
        assertThat(Phones.isLandline("021-12345678")).isTrue();
        assertThat(Phones.isLandline("0755-1234567-801")).isTrue();
        assertThat(Phones.isLandline("400-123-4567")).isTrue();
        assertThat(Phones.isLandline("12345678")).isFalse();
        assertThat(Phones.isEmail("li.na@example.com.cn")).isTrue();
        assertThat(Phones.isEmail("li.na@localhost")).isFalse();
        assertThat(Phones.isEmail("a b@example.com")).isFalse();
    }
}
