package org.atrium.crm.web.internal.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Bar widths for the funnel drawn with CSS: each value as a percentage of the largest, so the
 * largest bar fills the track. A value above zero never shrinks below 1 % (it stays visible);
 * zero, negative and missing values get no bar.
 */
public final class FunnelBars {

    private FunnelBars() {
    }

    /** @return the width of each value in percent, 0 to 100, in the same order */
    public static List<Integer> widths(List<BigDecimal> values) {
        BigDecimal max = values.stream().filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        return values.stream().map(v -> width(v, max)).toList();
    }

    private static int width(BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        int percent = value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(1, Math.min(100, percent));
    }

    /** @return the HTML of one bar; only the number is variable, so nothing from users reaches the markup */
    public static String html(int width, boolean weighted) {
        int safe = Math.max(0, Math.min(100, width));
        return "<div class=\"crm-bar-track\"><div class=\"crm-bar" + (weighted ? " weighted" : "")
                + "\" style=\"width:" + safe + "%\"></div></div>";
    }

    /** @return a rate from 0 to 1 as a percentage with one decimal, or a dash when unknown */
    public static String percent(Double rate) {
        if (rate == null) {
            return "—";
        }
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
