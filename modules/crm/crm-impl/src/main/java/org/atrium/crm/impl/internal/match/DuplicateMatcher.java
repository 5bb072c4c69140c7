package org.atrium.crm.impl.internal.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.atrium.crm.api.customer.DuplicateReason;

/**
 * Decides which existing customers a new name and credit code collide with. Pure logic; the service
 * loads candidates by index and hands them in.
 *
 * <ul>
 * <li>{@link DuplicateReason#CREDIT_CODE}: same credit code (score 1).</li>
 * <li>{@link DuplicateReason#SAME_NAME}: same normalised name (score 1).</li>
 * <li>{@link DuplicateReason#SAME_PINYIN}: same pinyin of the core name, e.g. homophones (score 0.9).</li>
 * <li>{@link DuplicateReason#SIMILAR_NAME}: bigram similarity of the normalised names, or of the core
 * names when only one of them carries a region prefix, at or above the threshold.</li>
 * </ul>
 * Each existing customer is reported once, with its strongest reason. Two names with different
 * region prefixes (北京… vs 上海…) are compared as they are, since they are usually different
 * companies.
 */
public final class DuplicateMatcher {

    /** The default similarity threshold. */
    public static final double DEFAULT_THRESHOLD = 0.8;
    static final double PINYIN_SCORE = 0.9;

    private final double threshold;

    /** @param threshold similarity from which a name is reported, 0.5 to 1 */
    public DuplicateMatcher(double threshold) {
        if (threshold < 0.5 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be 0.5..1");
        }
        this.threshold = threshold;
    }

    /**
     * An existing customer as the matcher sees it.
     *
     * @param id         the customer's id
     * @param keys       the keys of its name
     * @param creditCode its credit code, normalised, or {@code null}
     */
    public record Known(long id, NameKeys keys, String creditCode) {
    }

    /**
     * A collision.
     *
     * @param id     the existing customer
     * @param reason the strongest reason
     * @param score  0 to 1
     */
    public record Match(long id, DuplicateReason reason, double score) {
    }

    /**
     * @param keys       the keys of the name being registered, or {@code null} to match by code only
     * @param creditCode the normalised credit code being registered, or {@code null}
     * @param known      the candidates
     * @return the matches, strongest first (certain reasons before similar ones, then by score)
     */
    public List<Match> match(NameKeys keys, String creditCode, Collection<Known> known) {
        List<Match> matches = new ArrayList<>();
        for (Known k : known) {
            Match m = matchOne(keys, creditCode, k);
            if (m != null) {
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.reason().ordinal())
                .thenComparing(Comparator.comparingDouble(Match::score).reversed())
                .thenComparingLong(Match::id));
        return matches;
    }

    private Match matchOne(NameKeys keys, String creditCode, Known k) {
        if (creditCode != null && creditCode.equals(k.creditCode())) {
            return new Match(k.id(), DuplicateReason.CREDIT_CODE, 1);
        }
        if (keys == null || keys.normalised().isEmpty()) {
            return null;
        }
        NameKeys other = k.keys();
        if (keys.normalised().equals(other.normalised())) {
            return new Match(k.id(), DuplicateReason.SAME_NAME, 1);
        }
        boolean differentRegions = keys.regionPrefixed() && other.regionPrefixed();
        double score = CompanyNames.similarity(keys.normalised(), other.normalised());
        if (!differentRegions) {
            score = Math.max(score, CompanyNames.similarity(keys.core(), other.core()));
        }
        if (score >= threshold) {
            return new Match(k.id(), DuplicateReason.SIMILAR_NAME, round(score));
        }
        if (!differentRegions && keys.pinyin().length() >= 4 && Objects.equals(keys.pinyin(), other.pinyin())) {
            return new Match(k.id(), DuplicateReason.SAME_PINYIN, PINYIN_SCORE);
        }
        return null;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
