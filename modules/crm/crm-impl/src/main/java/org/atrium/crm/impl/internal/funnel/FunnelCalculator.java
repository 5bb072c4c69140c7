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
import java.util.TreeMap;

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
 * <li>Forecast per month of the expected close date: open count, amount and weighted amount, and the
 * won amount.</li>
 * </ul>
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

    /** @return the funnel of the facts, without group id and name */
    public FunnelGroup compute(Long groupId, String groupName, Collection<Fact> facts, Locale locale) {
        List<FunnelStage> stages = new ArrayList<>();
        for (int k = 0; k < open.size(); k++) {
            PipelineStage stage = open.get(k);
            int nextOrder = k + 1 < open.size() ? open.get(k + 1).order() : won.order();
            int count = 0;
            BigDecimal amount = BigDecimal.ZERO;
            int reached = 0;
            int advanced = 0;
            for (Fact f : facts) {
                if (f.status() == OpportunityStatus.OPEN && stage.code().equals(f.stageCode())) {
                    count++;
                    amount = amount.add(f.amount());
                }
                if (f.reachedOrder() >= stage.order()) {
                    reached++;
                    if (f.reachedOrder() >= nextOrder) {
                        advanced++;
                    }
                }
            }
            stages.add(new FunnelStage(stage.code(), stage.name(locale), stage.probability(), count, money(amount),
                    weighted(amount, stage.probability()), reached, reached == 0 ? null : (double) advanced / reached));
        }
        int wonCount = 0;
        int lostCount = 0;
        BigDecimal wonAmount = BigDecimal.ZERO;
        for (Fact f : facts) {
            if (f.status() == OpportunityStatus.WON) {
                wonCount++;
                wonAmount = wonAmount.add(f.amount());
            } else if (f.status() == OpportunityStatus.LOST) {
                lostCount++;
            }
        }
        Double winRate = wonCount + lostCount == 0 ? null : (double) wonCount / (wonCount + lostCount);
        return new FunnelGroup(groupId, groupName, stages, wonCount, money(wonAmount), lostCount, winRate,
                forecast(facts));
    }

    private List<MonthlyForecast> forecast(Collection<Fact> facts) {
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        Map<YearMonth, Integer> counts = new TreeMap<>();
        for (Fact f : facts) {
            if (f.closeDate() == null || f.status() == OpportunityStatus.LOST) {
                continue;
            }
            YearMonth month = YearMonth.from(f.closeDate());
            BigDecimal[] sums = months.computeIfAbsent(month,
                    m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            if (f.status() == OpportunityStatus.WON) {
                sums[2] = sums[2].add(f.amount());
            } else {
                counts.merge(month, 1, Integer::sum);
                sums[0] = sums[0].add(f.amount());
                sums[1] = sums[1].add(weighted(f.amount(), probabilityOf(f.stageCode())));
            }
        }
        List<MonthlyForecast> out = new ArrayList<>();
        months.forEach((month, sums) -> out.add(new MonthlyForecast(month, counts.getOrDefault(month, 0),
                money(sums[0]), money(sums[1]), money(sums[2]))));
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
