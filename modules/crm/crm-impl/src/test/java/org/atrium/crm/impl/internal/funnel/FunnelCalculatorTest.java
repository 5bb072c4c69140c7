package org.atrium.crm.impl.internal.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.MonthlyForecast;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.impl.internal.funnel.FunnelCalculator.Fact;
import org.junit.jupiter.api.Test;

class FunnelCalculatorTest {

    static final List<PipelineStage> STAGES = List.of(
            new PipelineStage("LOST", "输单", "Lost", 0, 90, StageKind.LOST),
            new PipelineStage("CONTACT", "初步接洽", "Initial contact", 10, 10, StageKind.OPEN),
            new PipelineStage("QUALIFY", "需求确认", "Qualification", 30, 20, StageKind.OPEN),
            new PipelineStage("PROPOSAL", "方案报价", "Proposal", 60, 30, StageKind.OPEN),
            new PipelineStage("WON", "赢单", "Won", 100, 80, StageKind.WON));

    private static Fact open(String stage, int reached, String amount, String close) {
        return new Fact(stage, OpportunityStatus.OPEN, reached, new BigDecimal(amount), LocalDate.parse(close));
    }

    private final FunnelCalculator calc = new FunnelCalculator(STAGES);

    @Test
    void countsAmountsAndWeightedPerStage() {
        FunnelGroup g = calc.compute(null, null, List.of(
                open("CONTACT", 10, "1000.00", "2025-03-10"),
                open("CONTACT", 10, "333.33", "2025-03-20"),
                open("PROPOSAL", 30, "50000", "2025-04-01")), Locale.SIMPLIFIED_CHINESE);
        assertThat(g.stages()).extracting(FunnelStage::stageCode).containsExactly("CONTACT", "QUALIFY", "PROPOSAL");
        FunnelStage contact = g.stages().get(0);
        assertThat(contact.stageName()).isEqualTo("初步接洽");
        assertThat(contact.count()).isEqualTo(2);
        assertThat(contact.amount()).isEqualByComparingTo("1333.33");
        // 1333.33 × 10% = 133.333 → 133.33
        assertThat(contact.weightedAmount()).isEqualByComparingTo("133.33");
        assertThat(g.stages().get(1).count()).isZero();
        assertThat(g.stages().get(1).amount()).isEqualByComparingTo("0");
        assertThat(g.stages().get(2).weightedAmount()).isEqualByComparingTo("30000.00");
    }

    @Test
    void conversionUsesTheHighestStageReached() {
        // 10 reached CONTACT: 6 of them QUALIFY, 3 of those PROPOSAL, 2 of those won, one lost after proposal
        List<Fact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            facts.add(open("CONTACT", 10, "100", "2025-05-01"));
        }
        for (int i = 0; i < 3; i++) {
            facts.add(open("QUALIFY", 20, "100", "2025-05-01"));
        }
        facts.add(new Fact("LOST", OpportunityStatus.LOST, 30, new BigDecimal("100"), LocalDate.parse("2025-05-01")));
        facts.add(new Fact("WON", OpportunityStatus.WON, 80, new BigDecimal("700"), LocalDate.parse("2025-05-01")));
        facts.add(new Fact("WON", OpportunityStatus.WON, 80, new BigDecimal("300"), LocalDate.parse("2025-06-01")));

        FunnelGroup g = calc.compute(7L, "华东销售部", facts, Locale.ENGLISH);

        assertThat(g.stages()).extracting(FunnelStage::reached).containsExactly(10, 6, 3);
        assertThat(g.stages().get(0).conversionRate()).isCloseTo(0.6, within(1e-9));
        assertThat(g.stages().get(1).conversionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(g.stages().get(2).conversionRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(g.stages().get(2).stageName()).isEqualTo("Proposal");
        assertThat(g.wonCount()).isEqualTo(2);
        assertThat(g.wonAmount()).isEqualByComparingTo("1000.00");
        assertThat(g.lostCount()).isEqualTo(1);
        assertThat(g.winRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(g.groupId()).isEqualTo(7L);
    }

    @Test
    void emptyInputHasNoRates() {
        FunnelGroup g = calc.compute(null, null, List.of(), Locale.ENGLISH);
        assertThat(g.stages()).allSatisfy(s -> {
            assertThat(s.reached()).isZero();
            assertThat(s.conversionRate()).isNull();
        });
        assertThat(g.winRate()).isNull();
        assertThat(g.forecast()).isEmpty();
    }

    @Test
    void forecastPerMonthWeightsOpenAndCountsWonAmount() {
        FunnelGroup g = calc.compute(null, null, List.of(
                open("CONTACT", 10, "1000", "2025-03-31"),
                open("PROPOSAL", 30, "2000", "2025-03-01"),
                open("QUALIFY", 20, "500", "2025-01-15"),
                new Fact("WON", OpportunityStatus.WON, 80, new BigDecimal("800"), LocalDate.parse("2025-03-05")),
                new Fact("LOST", OpportunityStatus.LOST, 20, new BigDecimal("999"), LocalDate.parse("2025-03-05"))),
                Locale.ENGLISH);
        assertThat(g.forecast()).extracting(MonthlyForecast::month)
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 3));
        MonthlyForecast march = g.forecast().get(1);
        assertThat(march.openCount()).isEqualTo(2);
        assertThat(march.openAmount()).isEqualByComparingTo("3000.00");
        assertThat(march.weightedAmount()).isEqualByComparingTo("1300.00"); // 100 + 1200
        assertThat(march.wonAmount()).isEqualByComparingTo("800.00");
        assertThat(g.forecast().get(0).weightedAmount()).isEqualByComparingTo("150.00");
    }

    @Test
    void weightedRoundsHalfUpToCents() {
        assertThat(FunnelCalculator.weighted(new BigDecimal("0.05"), 50)).isEqualByComparingTo("0.03");
        assertThat(FunnelCalculator.weighted(new BigDecimal("123456789.99"), 75)).isEqualByComparingTo("92592592.49");
    }

    @Test
    void pipelineWithoutWonOrOpenStageIsRejected() {
        assertThatThrownBy(() -> new FunnelCalculator(STAGES.subList(0, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunnelCalculator(List.of(STAGES.get(0), STAGES.get(4))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
