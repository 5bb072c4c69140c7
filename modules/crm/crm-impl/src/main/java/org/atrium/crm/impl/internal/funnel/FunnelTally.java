package org.atrium.crm.impl.internal.funnel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.atrium.crm.api.opportunity.OpportunityStatus;

/**
 * Sums of one funnel group as the database aggregates them (GROUP BY): counts and amounts per status
 * and stage, counts per highest stage order reached, and per month of the expected close date the
 * open count, amount and Σ amount × probability and the won amount. Tallies add up, so a group of
 * groups (a subsidiary of departments, the total of all groups) is the sum of its parts.
 */
public final class FunnelTally {

    /** Count and amount of the open opportunities of one stage. */
    record StageSum(long count, BigDecimal amount) {
        StageSum plus(long c, BigDecimal a) {
            return new StageSum(count + c, amount.add(a));
        }
    }

    /** One month: open count and amount, Σ amount × probability (percent, unscaled), won amount. */
    record MonthSum(long openCount, BigDecimal openAmount, BigDecimal amountTimesProbability, BigDecimal wonAmount) {
        static final MonthSum ZERO = new MonthSum(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        MonthSum plus(MonthSum o) {
            return new MonthSum(openCount + o.openCount, openAmount.add(o.openAmount),
                    amountTimesProbability.add(o.amountTimesProbability), wonAmount.add(o.wonAmount));
        }
    }

    final Map<String, StageSum> openByStage = new HashMap<>();
    final Map<Integer, Long> reachedByOrder = new HashMap<>();
    final Map<YearMonth, MonthSum> months = new TreeMap<>();
    long wonCount;
    BigDecimal wonAmount = BigDecimal.ZERO;
    long lostCount;

    /** Adds {@code count} opportunities of one status and current stage with their total amount. */
    public FunnelTally addStage(OpportunityStatus status, String stageCode, long count, BigDecimal amount) {
        BigDecimal sum = amount == null ? BigDecimal.ZERO : amount;
        switch (status) {
            case OPEN -> openByStage.merge(stageCode, new StageSum(count, sum), (a, b) -> a.plus(b.count, b.amount));
            case WON -> {
                wonCount += count;
                wonAmount = wonAmount.add(sum);
            }
            case LOST -> lostCount += count;
        }
        return this;
    }

    /** Adds {@code count} opportunities whose highest stage order ever reached is {@code order}. */
    public FunnelTally addReached(int order, long count) {
        reachedByOrder.merge(order, count, Long::sum);
        return this;
    }

    /**
     * Adds {@code count} opportunities of one status expected to close in the month; lost ones do not
     * count in the forecast.
     *
     * @param amountTimesProbability Σ amount × stage probability (percent) of the open ones
     */
    public FunnelTally addMonth(YearMonth month, OpportunityStatus status, long count, BigDecimal amount,
            BigDecimal amountTimesProbability) {
        BigDecimal sum = amount == null ? BigDecimal.ZERO : amount;
        MonthSum add = switch (status) {
            case OPEN -> new MonthSum(count, sum,
                    amountTimesProbability == null ? BigDecimal.ZERO : amountTimesProbability, BigDecimal.ZERO);
            case WON -> new MonthSum(0, BigDecimal.ZERO, BigDecimal.ZERO, sum);
            case LOST -> null;
        };
        if (add != null) {
            months.merge(month, add, MonthSum::plus);
        }
        return this;
    }

    /** Adds another tally to this one. */
    public FunnelTally addAll(FunnelTally other) {
        other.openByStage.forEach((code, s) -> openByStage.merge(code, s, (a, b) -> a.plus(b.count, b.amount)));
        other.reachedByOrder.forEach((order, c) -> reachedByOrder.merge(order, c, Long::sum));
        other.months.forEach((month, m) -> months.merge(month, m, MonthSum::plus));
        wonCount += other.wonCount;
        wonAmount = wonAmount.add(other.wonAmount);
        lostCount += other.lostCount;
        return this;
    }
}
