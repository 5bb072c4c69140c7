package org.atrium.crm.impl.internal.match;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Company names as the duplicate check compares them. {@link #normalise} maps full-width to
 * half-width (NFKC), lower-cases Latin letters, drops the qualifiers （中国）/(中国)/(集团), the legal
 * form suffixes (股份有限公司, 有限责任公司, 有限公司, 集团, 股份, 公司 …), spaces and punctuation.
 * {@link #core} additionally drops a leading province/city, for "上海华东钢铁" vs "华东钢铁".
 */
public final class CompanyNames {

    /** Suffixes stripped repeatedly from the end, longest first. */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限合伙企业",
            "有限公司", "有限合伙", "集团公司", "总公司", "集团", "股份", "公司", "有限", "责任");
    /** Bracketed qualifiers that do not make another company. */
    private static final List<String> QUALIFIERS = List.of("(中国)", "(集团)", "(股份)", "(有限公司)");

    private CompanyNames() {
    }

    /** @return the name for exact comparison; empty for a blank name */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('【', '(').replace('】', ')').replace('[', '(').replace(']', ')');
        text = text.replaceAll("\\s+", "");
        for (String qualifier : QUALIFIERS) {
            text = text.replace(qualifier, "");
        }
        text = keepLettersAndDigits(text);
        String full = text;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (text.length() > suffix.length() && text.endsWith(suffix)) {
                    text = text.substring(0, text.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        // a "name" made only of legal-form words (有限公司) is kept whole rather than cut to 有限
        return SUFFIXES.contains(text) ? full : text;
    }

    /** @return the normalised name without a leading province/city, unless that would leave under 2 characters */
    public static String core(String name) {
        String normalised = normalise(name);
        int prefix = Regions.prefixLength(normalised);
        return normalised.length() - prefix >= 2 ? normalised.substring(prefix) : normalised;
    }

    /** @return whether the normalised name starts with a province or city */
    public static boolean hasRegionPrefix(String name) {
        String normalised = normalise(name);
        int prefix = Regions.prefixLength(normalised);
        return prefix > 0 && normalised.length() - prefix >= 2;
    }

    /**
     * Bigram Dice coefficient of two already normalised names: 2·|common bigrams| / (|a| + |b|),
     * from 0 (nothing alike) to 1 (same). Names of one character compare by equality.
     */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i < a.length() - 1; i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i < b.length() - 1; i++) {
            String bigram = b.substring(i, i + 2);
            Integer left = bigrams.get(bigram);
            if (left != null && left > 0) {
                common++;
                bigrams.put(bigram, left - 1);
            }
        }
        return 2.0 * common / ((a.length() - 1) + (b.length() - 1));
    }

    private static String keepLettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
