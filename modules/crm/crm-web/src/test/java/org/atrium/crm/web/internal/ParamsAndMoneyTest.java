package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ParamsAndMoneyTest {

    @Test
    void detailParametersAreIds() {
        assertThat(Params.id("42")).isEqualTo(OptionalLong.of(42));
        assertThat(Params.id(" 7/extra")).isEqualTo(OptionalLong.of(7));
        assertThat(Params.id("")).isEmpty();
        assertThat(Params.id(null)).isEmpty();
        assertThat(Params.id("abc")).isEmpty();
        assertThat(Params.id("-1")).isEmpty();
        assertThat(Params.id("0")).isEmpty();
    }

    @Test
    void moneyIsYuanWithTwoDecimalsOrWan() {
        assertThat(Money.format(new BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
        assertThat(Money.format(null)).isEmpty();
        assertThat(Money.compact(new BigDecimal("1235000"))).isEqualTo("¥123.5万");
        assertThat(Money.compact(new BigDecimal("9999"))).isEqualTo("¥9,999.00");
    }

    @Test
    void typedAmountsAreParsed() {
        assertThat(Money.parse(" 120,000.50 ")).isEqualByComparingTo("120000.50");
        assertThat(Money.parse("¥3000")).isEqualByComparingTo("3000");
        assertThat(Money.parse("  ")).isNull();
        assertThatThrownBy(() -> Money.parse("十万")).isInstanceOf(NumberFormatException.class);
    }
}
