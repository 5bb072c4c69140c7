package org.atrium.crm.api.keyaccount;

import java.util.Map;

import org.atrium.crm.api.customer.Tier;

/**
 * What a tier recomputation did.
 *
 * @param examined customers whose tier was computed (those the caller may edit)
 * @param changed  customers whose tier changed
 * @param counts   customers per tier afterwards, among those examined
 */
public record TierRecomputeResult(int examined, int changed, Map<Tier, Integer> counts) {

    public TierRecomputeResult {
        counts = Map.copyOf(counts);
    }
}
