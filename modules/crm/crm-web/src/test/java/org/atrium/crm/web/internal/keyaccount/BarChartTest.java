package org.atrium.crm.web.internal.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void theLargestCountFillsTheTrackAndCountsShowWithTheirShare() {
        String svg = BarChart.svg(List.of(new BarChart.Bar("A1", 10, "#197de1"), new BarChart.Bar("A2", 30, "#6fb0ee"),
                new BarChart.Bar("B", 0, "#2fa36b")), "暂无数据");

        assertThat(BarChart.width(30, 30)).isEqualTo(BarChart.TRACK_W);
        assertThat(BarChart.width(10, 30)).isEqualTo(BarChart.TRACK_W / 3.0);
        assertThat(BarChart.width(0, 30)).isZero();
        assertThat(svg).contains("width=\"240.0\" height=\"18\" fill=\"#6fb0ee\"", "width=\"80.0\"",
                "10 (25.0%)", "30 (75.0%)", "0 (0.0%)");
    }

    @Test
    void overlappingCountsCanLeaveTheSharesOut() {
        String svg = BarChart.svg(List.of(new BarChart.Bar("30 天以上", 40, "#c0392b"),
                new BarChart.Bar("60 天以上", 10, "#c0392b")), "暂无数据", false);

        assertThat(svg).contains(">40</text>", ">10</text>", "width=\"60.0\"").doesNotContain("%)");
    }

    @Test
    void labelsAreEscapedAndColoursChecked() {
        String svg = BarChart.svg(List.of(new BarChart.Bar("<b>未分级</b>", 1, "red\" onload=\"x")), "无");

        assertThat(svg).contains("&lt;b&gt;未分级&lt;/b&gt;").doesNotContain("onload");
    }

    @Test
    void nothingCountedShowsTheEmptyText() {
        assertThat(BarChart.svg(List.of(new BarChart.Bar("A1", 0, "#197de1")), "暂无数据")).contains("暂无数据")
                .doesNotContain("<rect");
        assertThat(BarChart.svg(List.of(), "暂无数据")).contains("暂无数据");
    }
}
