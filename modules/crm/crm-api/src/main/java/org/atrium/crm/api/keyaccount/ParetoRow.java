package org.atrium.crm.api.keyaccount;

import java.math.BigDecimal;

import org.atrium.crm.api.customer.Tier;

/**
 * One customer of the Pareto list, by won amount.
 *
 * @param rank            1 for the largest
 * @param customerId      the customer, for drill-down
 * @param code            its code
 * @param name            its name
 * @param wonAmount       won in the last twelve months, CNY
 * @param share           its share of the total, 0 to 1
 * @param cumulativeShare the share of it and every larger customer, 0 to 1
 * @param paretoClass     {@link Tier#A1} or {@link Tier#A2} when the customer lies inside the A1 or A2
 *                        cut of the cumulative share, otherwise {@code null}
 * @param tier            the customer's stored tier, or {@code null}
 */
public record ParetoRow(int rank, long customerId, String code, String name, BigDecimal wonAmount, double share,
        double cumulativeShare, Tier paretoClass, Tier tier) {
}
