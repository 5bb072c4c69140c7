package org.atrium.crm.impl.internal.keyaccount;

/** What the tiers A1 and A2 are measured on ({@link KeyAccountConfig#tierBasis()}). */
public enum TierBasis {
    /**
     * The Pareto cuts: A1 are the largest customers that make up the first {@code paretoA1Share} of the
     * amount won in the last twelve months across the group, A2 those up to {@code paretoA2Share} — the
     * same customers the Pareto chart marks. B and C by the B threshold.
     */
    PARETO,
    /** Fixed amounts: {@code tierA1MinWon}, {@code tierA2MinWon}, {@code tierBMinWon}. */
    THRESHOLDS
}
