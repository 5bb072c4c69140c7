package org.atrium.crm.web.internal.keyaccount;

import org.atrium.shell.api.ui.Html;

import java.util.List;
import java.util.Locale;


/**
 * Horizontal bars with a label and a count each (the tier distribution), as inline SVG built on the
 * server. The largest count fills the track; labels are escaped.
 */
public final class BarChart {

    /** One bar. */
    public record Bar(String label, int count, String color) {
    }

    static final int WIDTH = 460;
    static final int ROW = 28;
    static final int LABEL_W = 120;
    static final int TRACK_W = 240;

    private BarChart() {
    }

    /**
     * @return an {@code <svg>} element with each count and its share of the sum, or one line of
     *         {@code emptyText} when every count is 0
     */
    public static String svg(List<Bar> bars, String emptyText) {
        return svg(bars, emptyText, true);
    }

    /**
     * @param shares whether to print each count's share of the sum (not for overlapping counts such as
     *               "30 days or more", "60 days or more")
     * @return an {@code <svg>} element, or one line of {@code emptyText} when every count is 0
     */
    public static String svg(List<Bar> bars, String emptyText, boolean shares) {
        int total = bars.stream().mapToInt(b -> Math.max(0, b.count())).sum();
        int max = bars.stream().mapToInt(Bar::count).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(WIDTH)
                .append("px;font-family:sans-serif;font-size:12px\" role=\"img\">");
        if (total <= 0) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(height / 2)
                    .append("\" text-anchor=\"middle\" fill=\"#888\">").append(Html.escape(emptyText))
                    .append("</text></svg>");
            return svg.toString();
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int count = Math.max(0, bar.count());
            double width = width(count, max);
            int y = 4 + i * ROW;
            svg.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" fill=\"#333\">").append(Html.escape(bar.label())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_W).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(TRACK_W).append("\" height=\"18\" fill=\"#eef1f5\" rx=\"3\"/>");
            svg.append("<rect x=\"").append(LABEL_W).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", width)).append("\" height=\"18\" fill=\"")
                    .append(safeColor(bar.color())).append("\" rx=\"3\"/>");
            svg.append("<text x=\"").append(LABEL_W + TRACK_W + 8).append("\" y=\"").append(y + 17)
                    .append("\" fill=\"#333\">").append(count);
            if (shares) {
                svg.append(" (").append(String.format(Locale.ROOT, "%.1f%%", count * 100.0 / total)).append(')');
            }
            svg.append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** @return the bar width of a count when {@code max} fills the track */
    static double width(int count, int max) {
        return count <= 0 || max <= 0 ? 0 : (double) count / max * TRACK_W;
    }

    private static String safeColor(String color) {
        return color != null && color.matches("#[0-9a-fA-F]{3,6}") ? color : "#197de1";
    }
}
