package org.atrium.crm.web.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in CNY as the CRM screens show them. */
public final class Money {

    private Money() {
    }

    /** @return e.g. {@code ¥1,234,567.50}; empty for {@code null} */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** @return e.g. {@code ¥123.5万} for large amounts, the full amount below ten thousand */
    public static String compact(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        if (amount.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return format(amount);
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP)) + "万";
    }

    /**
     * Parses what a user typed: digits with optional separators and up to two decimals.
     *
     * @return the amount, or {@code null} when blank
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(",", "").replace("，", "").replace("¥", ""));
    }
}
