package org.atrium.crm.api.keyaccount;

import java.util.Map;

import org.atrium.crm.api.customer.Tier;

/**
 * How the customers in the caller's scope are spread over the tiers. Drill down with a
 * {@link org.atrium.crm.api.customer.CustomerFilter} on the tier.
 *
 * @param counts       customers per tier (every tier present, possibly 0)
 * @param unclassified customers without a tier
 */
public record TierDistribution(Map<Tier, Integer> counts, int unclassified) {

    public TierDistribution {
        counts = Map.copyOf(counts);
    }

    /** @return all customers counted */
    public int total() {
        return unclassified + counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
