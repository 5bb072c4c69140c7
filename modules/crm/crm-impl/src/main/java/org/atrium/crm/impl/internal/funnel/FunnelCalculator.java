package org.atrium.crm.impl.internal.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.MonthlyForecast;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;

/**
 * Funnel and forecast arithmetic (销售漏斗), pure and independent of the database.
 *
 * <ul>
 * <li>Per open stage: the open opportunities in it, their amount and weighted amount
 * (amount × stage probability / 100, rounded half-up to cents).</li>
 * <li>Conversion of stage k: of the opportunities that reached stage k (or further), the share that
 * reached the next open stage — or, for the last open stage, that were won. "Reached" is the highest
 * stage order an opportunity was ever in; losing does not raise it, winning raises it to the won
 * stage.</li>
 * <li>Forecast per month of the expected close date: open count, amount and weighted amount (the
 * month's Σ amount × probability / 100, rounded once), and the won amount.</li>
 * </ul>
 * The input is either a {@link FunnelTally} of sums the database aggregated (the report's path) or
 * single opportunities ({@link Fact}s), which are tallied first.
 */
public final class FunnelCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One opportunity as the funnel sees it.
     *
     * @param stageCode    its current stage
     * @param status       open, won or lost
     * @param reachedOrder the highest stage order it was ever in
     * @param amount       its amount, CNY
     * @param closeDate    its expected close date
     */
    public record Fact(String stageCode, OpportunityStatus status, int reachedOrder, BigDecimal amount,
            LocalDate closeDate) {
    }

    private final List<PipelineStage> open;
    private final PipelineStage won;

    /** @param stages the pipeline, with exactly one won stage and at least one open stage */
    public FunnelCalculator(List<PipelineStage> stages) {
        this.open = stages.stream().filter(s -> s.kind() == StageKind.OPEN)
                .sorted(java.util.Comparator.comparingInt(PipelineStage::order)).toList();
        this.won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no won stage"));
        if (open.isEmpty()) {
            throw new IllegalArgumentException("no open stage");
        }
    }

    /** @return the funnel of the facts (each opportunity on its own, as in memory) */
    public FunnelGroup compute(Long groupId, String groupName, Collection<Fact> facts, Locale locale) {
        FunnelTally tally = new FunnelTally();
        for (Fact f : facts) {
            tally.addStage(f.status(), f.stageCode(), 1, f.amount());
            tally.addReached(f.reachedOrder(), 1);
            if (f.closeDate() != null) {
                tally.addMonth(YearMonth.from(f.closeDate()), f.status(), 1, f.amount(),
                        f.amount().multiply(BigDecimal.valueOf(probabilityOf(f.stageCode()))));
            }
        }
        return compute(groupId, groupName, tally, locale);
    }

    /** @return the funnel of the sums the database aggregated for one group */
    public FunnelGroup compute(Long groupId, String groupName, FunnelTally tally, Locale locale) {
        List<FunnelStage> stages = new ArrayList<>();
        for (int k = 0; k < open.size(); k++) {
            PipelineStage stage = open.get(k);
            int nextOrder = k + 1 < open.size() ? open.get(k + 1).order() : won.order();
            FunnelTally.StageSum sum = tally.openByStage.getOrDefault(stage.code(),
                    new FunnelTally.StageSum(0, BigDecimal.ZERO));
            long reached = reachedAtLeast(tally, stage.order());
            long advanced = reachedAtLeast(tally, nextOrder);
            stages.add(new FunnelStage(stage.code(), stage.name(locale), stage.probability(), (int) sum.count(),
                    money(sum.amount()), weighted(sum.amount(), stage.probability()), (int) reached,
                    reached == 0 ? null : (double) advanced / reached));
        }
        long closed = tally.wonCount + tally.lostCount;
        Double winRate = closed == 0 ? null : (double) tally.wonCount / closed;
        return new FunnelGroup(groupId, groupName, stages, (int) tally.wonCount, money(tally.wonAmount),
                (int) tally.lostCount, winRate, forecast(tally));
    }

    private static long reachedAtLeast(FunnelTally tally, int order) {
        return tally.reachedByOrder.entrySet().stream().filter(e -> e.getKey() >= order)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Weighted amounts per month are Σ amount × probability / 100 of the month, rounded once. */
    private static List<MonthlyForecast> forecast(FunnelTally tally) {
        List<MonthlyForecast> out = new ArrayList<>();
        tally.months.forEach((month, m) -> out.add(new MonthlyForecast(month, (int) m.openCount(),
                money(m.openAmount()), m.amountTimesProbability().divide(HUNDRED, 2, RoundingMode.HALF_UP),
                money(m.wonAmount()))));
        return out;
    }

    private int probabilityOf(String stageCode) {
        return open.stream().filter(s -> s.code().equals(stageCode)).mapToInt(PipelineStage::probability)
                .findFirst().orElse(0);
    }

    /** @return amount × probability / 100, rounded half-up to cents */
    public static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
