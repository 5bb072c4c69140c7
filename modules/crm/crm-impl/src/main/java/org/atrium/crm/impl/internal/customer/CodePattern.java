package org.atrium.crm.impl.internal.customer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer code pattern such as {@code C{yyyy}{seq:6}} → {@code C2025000042}. Tokens:
 * {@code {yyyy}}, {@code {yy}}, {@code {MM}}, {@code {dd}} for the date of creation and exactly one
 * {@code {seq:N}} for a counter padded to N digits (1–12). Literal text is letters, digits and
 * {@code -_}. The counter runs per rendered prefix, so {@code {yyyy}} makes it restart each year.
 */
public final class CodePattern {

    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|MM|dd|seq:(\\d{1,2}))}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_-]*");

    private final String pattern;
    private final int digits;

    /** @throws IllegalArgumentException for a malformed pattern */
    public CodePattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("empty code pattern");
        }
        Matcher m = TOKEN.matcher(pattern);
        int seqCount = 0;
        int seqDigits = 0;
        int last = 0;
        while (m.find()) {
            requireLiteral(pattern.substring(last, m.start()));
            if (m.group(2) != null) {
                seqCount++;
                seqDigits = Integer.parseInt(m.group(2));
            }
            last = m.end();
        }
        requireLiteral(pattern.substring(last));
        if (seqCount != 1 || seqDigits < 1 || seqDigits > 12) {
            throw new IllegalArgumentException("a code pattern needs exactly one {seq:N} with N from 1 to 12: " + pattern);
        }
        this.pattern = pattern;
        this.digits = seqDigits;
    }

    private static void requireLiteral(String text) {
        if (!LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException("invalid literal in code pattern: " + text);
        }
    }

    /** @return the key of the counter for codes created on the date, e.g. {@code C2025{seq}} */
    public String counterKey(LocalDate date) {
        return render(date, "{seq}");
    }

    /**
     * @return the code for the date and counter value
     * @throws IllegalStateException when the value no longer fits the digits
     */
    public String format(LocalDate date, long value) {
        String number = Long.toString(value);
        if (value < 1 || number.length() > digits) {
            throw new IllegalStateException("customer code counter exhausted for " + counterKey(date));
        }
        return render(date, "0".repeat(digits - number.length()) + number);
    }

    private String render(LocalDate date, String seq) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "yyyy" -> String.format("%04d", date.getYear());
                case "yy" -> String.format("%02d", date.getYear() % 100);
                case "MM" -> String.format("%02d", date.getMonthValue());
                case "dd" -> String.format("%02d", date.getDayOfMonth());
                default -> seq;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
