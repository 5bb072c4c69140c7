package org.atrium.crm.impl.internal.keyaccount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.atrium.crm.api.customer.Tier;

/** Pareto arithmetic over won amounts per customer, independent of the database. */
final class Pareto {

    /** One customer's won amount. */
    record Amount(long customerId, BigDecimal won) {
    }

    /** A ranked customer with its shares. */
    record Ranked(int rank, long customerId, BigDecimal won, double share, double cumulative, Tier paretoClass) {
    }

    private Pareto() {
    }

    /**
     * Ranks largest first (ties by customer id); a customer belongs to the A1 (A2) cut when the share of
     * the customers before it is below {@code a1Cut} ({@code a2Cut}): the customer that crosses a cut
     * still belongs to it.
     */
    static List<Ranked> rank(List<Amount> amounts, double a1Cut, double a2Cut) {
        List<Amount> sorted = new ArrayList<>(amounts);
        sorted.removeIf(a -> a.won().signum() <= 0);
        sorted.sort(Comparator.comparing(Amount::won).reversed().thenComparingLong(Amount::customerId));
        BigDecimal total = sorted.stream().map(Amount::won).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Ranked> out = new ArrayList<>(sorted.size());
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Amount a = sorted.get(i);
            double before = running.divide(total, MathContext.DECIMAL64).doubleValue();
            running = running.add(a.won());
            Tier cls = before < a1Cut ? Tier.A1 : before < a2Cut ? Tier.A2 : null;
            out.add(new Ranked(i + 1, a.customerId(), a.won(), a.won().divide(total, MathContext.DECIMAL64).doubleValue(),
                    running.divide(total, MathContext.DECIMAL64).doubleValue(), cls));
        }
        return out;
    }

    /** @return how many of the largest make up at least 80 % of the total */
    static int customersFor80Percent(List<Ranked> ranked) {
        for (Ranked r : ranked) {
            if (r.cumulative() >= 0.8 - 1e-12) {
                return r.rank();
            }
        }
        return ranked.size();
    }
}
