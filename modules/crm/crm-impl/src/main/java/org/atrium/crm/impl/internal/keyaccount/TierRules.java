package org.atrium.crm.impl.internal.keyaccount;

import java.math.BigDecimal;

import org.atrium.crm.api.customer.Tier;

/**
 * The tier rules (大客户分级): thresholds on the amount a customer was won for in the last twelve
 * months. At or above {@code a1} is A1, at or above {@code a2} A2, at or above {@code b} B, anything
 * else (including nothing won) C.
 *
 * @param a1 the A1 threshold, CNY
 * @param a2 the A2 threshold, CNY, at most {@code a1}
 * @param b  the B threshold, CNY, at most {@code a2}
 */
public record TierRules(BigDecimal a1, BigDecimal a2, BigDecimal b) {

    /** The defaults of the key-account configuration. */
    public static final TierRules DEFAULT = new TierRules(new BigDecimal("1000000"), new BigDecimal("300000"),
            new BigDecimal("50000"));

    public TierRules {
        if (b.signum() < 0 || a2.compareTo(b) < 0 || a1.compareTo(a2) < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= b <= a2 <= a1");
        }
    }

    /** @return the tier for the amount won in the last twelve months ({@code null} counts as nothing) */
    public Tier tierOf(BigDecimal wonAmount) {
        BigDecimal won = wonAmount == null ? BigDecimal.ZERO : wonAmount;
        if (won.compareTo(a1) >= 0) {
            return Tier.A1;
        }
        if (won.compareTo(a2) >= 0) {
            return Tier.A2;
        }
        return won.compareTo(b) >= 0 && won.signum() > 0 ? Tier.B : Tier.C;
    }
}
