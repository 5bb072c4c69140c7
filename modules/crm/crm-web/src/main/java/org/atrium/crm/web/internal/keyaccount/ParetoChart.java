package org.atrium.crm.web.internal.keyaccount;

import org.atrium.shell.api.ui.Html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.atrium.crm.web.internal.Money;

/**
 * The Pareto chart as inline SVG built on the server: one bar per customer rank (height by won
 * amount, the largest filling the plot; A1 and A2 in their own colours) and a line of the cumulative
 * share against a 0–100 % axis on the right, with the A1/A2 cuts as dashed lines. Coordinates are
 * numbers this class computes; every text that comes from data or the bundle is escaped.
 */
public final class ParetoChart {

    /** Width of the drawing in user units. */
    public static final int WIDTH = 760;
    /** Height of the drawing in user units. */
    public static final int HEIGHT = 280;
    static final int LEFT = 70;
    static final int RIGHT = 48;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    static final double PLOT_W = WIDTH - LEFT - RIGHT;
    static final double PLOT_H = HEIGHT - TOP - BOTTOM;
    static final String A1_COLOR = "#197de1";
    static final String A2_COLOR = "#6fb0ee";
    static final String OTHER_COLOR = "#b8c4d0";
    static final String LINE_COLOR = "#e67e22";

    private ParetoChart() {
    }

    /**
     * @param rows      the largest customers, largest first
     * @param a1Cut     the cumulative share that ends A1, 0 to 1
     * @param a2Cut     the cumulative share that ends A2, 0 to 1
     * @param emptyText what to show when there is nothing to draw
     * @return an {@code <svg>} element
     */
    public static String svg(List<ParetoRow> rows, double a1Cut, double a2Cut, String emptyText) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" style=\"max-width:").append(WIDTH)
                .append("px;font-family:sans-serif;font-size:11px\" role=\"img\">");
        BigDecimal max = rows.stream().map(ParetoRow::wonAmount).filter(a -> a != null && a.signum() > 0)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (rows.isEmpty() || max.signum() <= 0) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" fill=\"#888\">").append(Html.escape(emptyText))
                    .append("</text></svg>");
            return svg.toString();
        }
        axes(svg, max);
        double slot = PLOT_W / rows.size();
        StringBuilder line = new StringBuilder();
        int labelEvery = Math.max(1, (int) Math.ceil(rows.size() / 20.0));
        for (int i = 0; i < rows.size(); i++) {
            ParetoRow row = rows.get(i);
            double h = barHeight(row.wonAmount(), max);
            double x = LEFT + i * slot + slot * 0.15;
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(TOP + PLOT_H - h))
                    .append("\" width=\"").append(num(slot * 0.7)).append("\" height=\"").append(num(h))
                    .append("\" fill=\"").append(color(row.paretoClass())).append("\"><title>")
                    .append(Html.escape("#" + row.rank() + " " + row.name() + " " + Money.compact(row.wonAmount())
                            + " · " + percent(row.cumulativeShare())))
                    .append("</title></rect>");
            double cx = LEFT + (i + 0.5) * slot;
            line.append(line.length() == 0 ? "" : " ").append(num(cx)).append(',')
                    .append(num(shareY(row.cumulativeShare())));
            if (i % labelEvery == 0) {
                svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
                        .append("\" text-anchor=\"middle\" fill=\"#555\">").append(row.rank()).append("</text>");
            }
        }
        cut(svg, a1Cut, "A1", A1_COLOR);
        cut(svg, a2Cut, "A2", A2_COLOR);
        svg.append("<polyline fill=\"none\" stroke=\"").append(LINE_COLOR).append("\" stroke-width=\"2\" points=\"")
                .append(line).append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** @return the bar height of an amount when {@code max} fills the plot */
    static double barHeight(BigDecimal amount, BigDecimal max) {
        if (amount == null || amount.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        return amount.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * PLOT_H;
    }

    /** @return the y of a cumulative share (0 at the bottom, 1 at the top of the plot) */
    static double shareY(double share) {
        double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return TOP + (1 - clamped) * PLOT_H;
    }

    private static void axes(StringBuilder svg, BigDecimal max) {
        double bottom = TOP + PLOT_H;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(bottom)).append("\" x2=\"")
                .append(num(LEFT + PLOT_W)).append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#999\"/>");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 10)
                .append("\" text-anchor=\"end\" fill=\"#555\">").append(Html.escape(Money.compact(max)))
                .append("</text>");
        svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(num(bottom))
                .append("\" text-anchor=\"end\" fill=\"#555\">0</text>");
        for (int p = 0; p <= 100; p += 50) {
            svg.append("<text x=\"").append(num(LEFT + PLOT_W + 6)).append("\" y=\"")
                    .append(num(shareY(p / 100.0) + 4)).append("\" fill=\"").append(LINE_COLOR).append("\">")
                    .append(p).append("%</text>");
        }
    }

    private static void cut(StringBuilder svg, double share, String label, String color) {
        if (Double.isNaN(share) || share <= 0 || share > 1) {
            return;
        }
        double y = shareY(share);
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                .append(num(LEFT + PLOT_W)).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(color)
                .append("\" stroke-dasharray=\"4 3\"/>");
        svg.append("<text x=\"").append(num(LEFT + PLOT_W - 4)).append("\" y=\"").append(num(y - 3))
                .append("\" text-anchor=\"end\" fill=\"").append(color).append("\">").append(label).append(' ').append(percent(share)).append("</text>");
    }

    private static String color(Tier paretoClass) {
        if (paretoClass == Tier.A1) {
            return A1_COLOR;
        }
        return paretoClass == Tier.A2 ? A2_COLOR : OTHER_COLOR;
    }

    /** @return a share as a percentage with one decimal, e.g. {@code 80.0%} */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
