package org.atrium.crm.impl.internal.match;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9A-HJ-NPQRTUWXY} (no I, O, Z, S, V). Position 1 is the registering authority, 2 the
 * kind of entity, 3–8 the administrative division (digits), 9–17 the organisation code and 18 a
 * check character: {@code 31 - (Σ value(i) × weight(i) mod 31)}, where 31 becomes 0.
 */
public final class CreditCodes {

    /** The 31 characters of the code, each worth its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** The same alphabet for generators outside this package (demo data, benchmarks). */
    public static final String ALPHABET_PUBLIC = ALPHABET;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** The length of a code. */
    public static final int LENGTH = 18;

    private CreditCodes() {
    }

    /**
     * @return the code trimmed and in upper case (full-width characters converted), or {@code null}
     *         for a blank input
     */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String text = java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return text.isEmpty() ? null : text;
    }

    /** @return whether the (normalised) code is well-formed and its check character is right */
    public static boolean isValid(String code) {
        String c = normalise(code);
        if (c == null || c.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(c.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(c.substring(0, LENGTH - 1)) == c.charAt(LENGTH - 1);
    }

    /**
     * @param first17 the first 17 characters of a code
     * @return the check character that completes them
     * @throws IllegalArgumentException when the input is not 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("invalid character at " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
