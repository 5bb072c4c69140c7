package org.atrium.crm.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.atrium.crm.web.internal.funnel.FunnelBars;
import org.junit.jupiter.api.Test;

class FunnelBarsTest {

    @Test
    void widthsAreShareOfTheLargest() {
        assertThat(FunnelBars.widths(List.of(new BigDecimal("400"), new BigDecimal("100"), new BigDecimal("250"))))
                .containsExactly(100, 25, 63);
    }

    @Test
    void tinyValuesStayVisibleAndNothingGetsNoBar() {
        assertThat(FunnelBars.widths(Arrays.asList(new BigDecimal("1000000"), new BigDecimal("1"), BigDecimal.ZERO,
                null, new BigDecimal("-5")))).containsExactly(100, 1, 0, 0, 0);
    }

    @Test
    void allZeroOrEmptyGivesNoBars() {
        assertThat(FunnelBars.widths(List.of(BigDecimal.ZERO, BigDecimal.ZERO))).containsExactly(0, 0);
        assertThat(FunnelBars.widths(List.of())).isEmpty();
    }

    @Test
    void htmlCarriesOnlyTheClampedNumber() {
        assertThat(FunnelBars.html(42, false)).contains("width:42%").contains("class=\"crm-bar\"");
        assertThat(FunnelBars.html(250, true)).contains("width:100%").contains("crm-bar weighted");
        assertThat(FunnelBars.html(-3, false)).contains("width:0%");
    }

    @Test
    void ratesArePercentWithOneDecimal() {
        assertThat(FunnelBars.percent(0.4567)).isEqualTo("45.7%");
        assertThat(FunnelBars.percent(1.0)).isEqualTo("100.0%");
        assertThat(FunnelBars.percent(null)).isEqualTo("—");
    }
}
