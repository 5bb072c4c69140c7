package org.atrium.crm.impl.internal.keyaccount;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.customer.Tier;

/**
 * The tier of every customer from the amounts won in the last twelve months, group-wide.
 *
 * @param basis what A1 and A2 are measured on
 * @param rules the thresholds (A1 and A2 for {@link TierBasis#THRESHOLDS}; B always)
 * @param a1Cut the Pareto A1 cut, 0 to 1
 * @param a2Cut the Pareto A2 cut, {@code a1Cut} to 1
 */
record TierPolicy(TierBasis basis, TierRules rules, double a1Cut, double a2Cut) {

    /**
     * @param won the amount won per customer; customers without an entry won nothing
     * @return the tier of each customer in {@code won}; any other customer is {@link Tier#C}
     */
    Map<Long, Tier> assign(Map<Long, BigDecimal> won) {
        Map<Long, Tier> out = new HashMap<>();
        if (basis == TierBasis.THRESHOLDS) {
            won.forEach((id, amount) -> out.put(id, rules.tierOf(amount)));
            return out;
        }
        List<Pareto.Amount> amounts = won.entrySet().stream()
                .map(e -> new Pareto.Amount(e.getKey(), e.getValue())).toList();
        for (Pareto.Ranked r : Pareto.rank(amounts, a1Cut, a2Cut)) {
            out.put(r.customerId(), r.paretoClass() != null ? r.paretoClass()
                    : r.won().compareTo(rules.b()) >= 0 ? Tier.B : Tier.C);
        }
        won.keySet().forEach(id -> out.putIfAbsent(id, Tier.C));
        return out;
    }
}
