package org.atrium.crm.web.internal.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.junit.jupiter.api.Test;

class ParetoChartTest {

    private static final Pattern BAR_HEIGHT = Pattern.compile("<rect [^>]*height=\"([0-9.]+)\" fill=\"(#[0-9a-f]+)\"");
    private static final Pattern POINTS = Pattern.compile("points=\"([^\"]*)\"");

    private static ParetoRow row(int rank, String name, long amount, double cumulative, Tier paretoClass) {
        return new ParetoRow(rank, rank, "C" + rank, name, BigDecimal.valueOf(amount), 0, cumulative, paretoClass,
                null);
    }

    @Test
    void theLargestBarFillsThePlotAndOthersScaleLinearly() {
        String svg = ParetoChart.svg(List.of(row(1, "甲", 1_000_000, 0.5, Tier.A1), row(2, "乙", 500_000, 0.75, Tier.A2),
                row(3, "丙", 250_000, 0.875, null), row(4, "丁", 0, 0.875, null)), 0.5, 0.8, "暂无数据");

        List<Double> heights = BAR_HEIGHT.matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(heights).hasSize(4);
        assertThat(heights.get(0)).isCloseTo(ParetoChart.PLOT_H, within(0.1));
        assertThat(heights.get(1)).isCloseTo(ParetoChart.PLOT_H / 2, within(0.1));
        assertThat(heights.get(2)).isCloseTo(ParetoChart.PLOT_H / 4, within(0.1));
        assertThat(heights.get(3)).isZero();
        assertThat(BAR_HEIGHT.matcher(svg).results().map(m -> m.group(2)).toList()).containsExactly(
                ParetoChart.A1_COLOR, ParetoChart.A2_COLOR, ParetoChart.OTHER_COLOR, ParetoChart.OTHER_COLOR);
    }

    @Test
    void theCumulativeLineRunsFromItsShareToTheTopAtOneHundredPercent() {
        String svg = ParetoChart.svg(List.of(row(1, "甲", 800, 0.8, Tier.A1), row(2, "乙", 200, 1.0, null)), 0.8, 0.95,
                "暂无数据");

        Matcher points = POINTS.matcher(svg);
        assertThat(points.find()).isTrue();
        String[] xy = points.group(1).split(" ");
        assertThat(xy).hasSize(2);
        assertThat(Double.parseDouble(xy[0].split(",")[1]))
                .isCloseTo(ParetoChart.TOP + 0.2 * ParetoChart.PLOT_H, within(0.1));
        assertThat(Double.parseDouble(xy[1].split(",")[1])).isCloseTo(ParetoChart.TOP, within(0.1));
        assertThat(svg).contains("A1 80.0%", "A2 95.0%", "stroke-dasharray");
    }

    @Test
    void customerNamesAreEscapedInTheTooltips() {
        String svg = ParetoChart.svg(List.of(row(1, "<script>alert(1)</script>&\"公司\"", 100, 1.0, Tier.A1)), 0.8,
                0.95, "无");

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;公司&quot;");
    }

    @Test
    void emptyDataShowsTheEmptyTextOnly() {
        assertThat(ParetoChart.svg(List.of(), 0.8, 0.95, "暂无<数据>")).contains("暂无&lt;数据&gt;")
                .doesNotContain("<rect", "<polyline");
        assertThat(ParetoChart.svg(List.of(row(1, "甲", 0, 0, null)), 0.8, 0.95, "暂无数据")).contains("暂无数据")
                .doesNotContain("<rect");
    }

    @Test
    void sharesOutsideZeroToOneAreClamped() {
        assertThat(ParetoChart.shareY(1.7)).isEqualTo(ParetoChart.TOP);
        assertThat(ParetoChart.shareY(-0.2)).isEqualTo(ParetoChart.TOP + ParetoChart.PLOT_H);
        assertThat(ParetoChart.shareY(Double.NaN)).isEqualTo(ParetoChart.TOP + ParetoChart.PLOT_H);
    }
}
