package org.atrium.crm.web.internal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.Test;

class KanbanLogicTest {

    private static final List<PipelineStage> STAGES = List.of(
            new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1, StageKind.OPEN),
            new PipelineStage("PROPOSAL", "方案报价", "Proposal", 50, 2, StageKind.OPEN),
            new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON),
            new PipelineStage("LOST", "输单", "Lost", 0, 9, StageKind.LOST));

    private final List<String> calls = new ArrayList<>();

    private static Opportunity opp(long id, String stage, String amount) {
        OpportunityStatus status = "WON".equals(stage) ? OpportunityStatus.WON
                : "LOST".equals(stage) ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
        return new Opportunity(id, 1, "商机" + id, stage, status, 20, new BigDecimal(amount), LocalDate.of(2025, 6, 30),
                List.of(), null, 5, 3, null, Instant.EPOCH, Instant.EPOCH);
    }

    /** QUALIFY shows both its cards; PROPOSAL shows 1 of its 7 opportunities (2,100,000 in all). */
    private KanbanLogic board(KanbanLogic.Mover mover) {
        return new KanbanLogic(STAGES, Map.of("QUALIFY", List.of(opp(1, "QUALIFY", "100000"), opp(2, "QUALIFY", "50000")),
                "PROPOSAL", List.of(opp(3, "PROPOSAL", "300000"))), List.of(
                        new StageTotal("QUALIFY", 2, new BigDecimal("150000.00")),
                        new StageTotal("PROPOSAL", 7, new BigDecimal("2100000.00"))), mover);
    }

    @Test
    void aDropCallsTheServiceAndMovesTheCard() {
        KanbanLogic board = board((id, stage, reason) -> {
            calls.add(id + "->" + stage + ":" + reason);
            return opp(id, stage, "100000");
        });

        KanbanLogic.Outcome outcome = board.move(1, "PROPOSAL", null);

        assertThat(outcome.kind()).isEqualTo(KanbanLogic.Outcome.Kind.MOVED);
        assertThat(calls).containsExactly("1->PROPOSAL:null");
        assertThat(board.cards("QUALIFY")).extracting(Opportunity::id).containsExactly(2L);
        assertThat(board.cards("PROPOSAL")).extracting(Opportunity::id).containsExactly(1L, 3L);
        assertThat(board.count("QUALIFY")).isEqualTo(1);
        assertThat(board.count("PROPOSAL")).isEqualTo(8);
    }

    @Test
    void aMoveTakesItsCountAndAmountFromOneColumnToTheOther() {
        KanbanLogic board = board((id, stage, reason) -> opp(id, stage, id == 3 ? "300000" : "100000"));

        board.move(1, "PROPOSAL", null);

        assertThat(board.count("QUALIFY")).isEqualTo(1);
        assertThat(board.amount("QUALIFY")).isEqualByComparingTo("50000");
        assertThat(board.count("PROPOSAL")).isEqualTo(8);
        assertThat(board.amount("PROPOSAL")).isEqualByComparingTo("2200000");

        // out of the truncated column into an empty one: the rest of the stage stays counted
        board.move(3, "WON", "价格更优");

        assertThat(board.count("PROPOSAL")).isEqualTo(7);
        assertThat(board.amount("PROPOSAL")).isEqualByComparingTo("1900000");
        assertThat(board.count("WON")).isEqualTo(1);
        assertThat(board.amount("WON")).isEqualByComparingTo("300000");
    }

    @Test
    void aMoveAddsTheAmountAsTheServiceSavedIt() {
        // someone raised the amount since the board was loaded: the old amount leaves, the saved one arrives
        KanbanLogic board = board((id, stage, reason) -> opp(id, stage, "120000"));

        board.move(1, "PROPOSAL", null);

        assertThat(board.amount("QUALIFY")).isEqualByComparingTo("50000");
        assertThat(board.amount("PROPOSAL")).isEqualByComparingTo("2220000");
    }

    @Test
    void aTruncatedColumnShowsTheWholeStageFromTheTotals() {
        KanbanLogic board = board((id, stage, reason) -> opp(id, stage, "1"));

        assertThat(board.cards("PROPOSAL")).hasSize(1);
        assertThat(board.truncated("PROPOSAL")).isTrue();
        assertThat(board.count("PROPOSAL")).isEqualTo(7);
        // the stage's total, not the 300,000 of the one card shown
        assertThat(board.amount("PROPOSAL")).isEqualByComparingTo("2100000");
        assertThat(board.amount("QUALIFY")).isEqualByComparingTo("150000");
        assertThat(board.amount("WON")).isEqualByComparingTo("0");
    }

    @Test
    void cardsTheTotalsMissedAreCountedFromTheCards() {
        // a card created between the totals and the cards being read: the column is not shown smaller than its cards
        KanbanLogic board = new KanbanLogic(STAGES, Map.of("QUALIFY", List.of(opp(1, "QUALIFY", "100000"),
                opp(2, "QUALIFY", "50000")), "WON", List.of(opp(4, "WON", "80000"))),
                List.of(new StageTotal("QUALIFY", 1, new BigDecimal("100000.00"))), (id, stage, reason) -> null);

        assertThat(board.count("QUALIFY")).isEqualTo(2);
        assertThat(board.amount("QUALIFY")).isEqualByComparingTo("150000");
        assertThat(board.count("WON")).isEqualTo(1);
        assertThat(board.amount("WON")).isEqualByComparingTo("80000");
        assertThat(board.truncated("QUALIFY")).isFalse();
    }

    @Test
    void aRefusalRevertsTheCardAndReturnsTheServiceMessage() {
        KanbanLogic board = board((id, stage, reason) -> {
            throw new ValidationException("reason", "输单需要填写原因");
        });

        KanbanLogic.Outcome outcome = board.move(1, "LOST", null);

        assertThat(outcome.kind()).isEqualTo(KanbanLogic.Outcome.Kind.FAILED);
        assertThat(outcome.message()).isEqualTo("输单需要填写原因");
        assertThat(board.cards("QUALIFY")).extracting(Opportunity::id).containsExactly(1L, 2L);
        assertThat(board.cards("LOST")).isEmpty();
        assertThat(board.count("QUALIFY")).isEqualTo(2);
        assertThat(board.amount("QUALIFY")).isEqualByComparingTo("150000");
        assertThat(board.count("LOST")).isZero();
        assertThat(board.amount("LOST")).isEqualByComparingTo("0");
    }

    @Test
    void outOfScopeIsAFailureToo() {
        KanbanLogic board = board((id, stage, reason) -> {
            throw new AccessDeniedException("crm.opportunity.edit", "无权修改该商机");
        });

        assertThat(board.move(3, "QUALIFY", null).message()).isEqualTo("无权修改该商机");
        assertThat(board.cards("PROPOSAL")).hasSize(1);
    }

    @Test
    void closingStagesNeedAReasonWhichIsPassedOn() {
        KanbanLogic board = board((id, stage, reason) -> {
            calls.add(stage + ":" + reason);
            return opp(id, stage, "300000");
        });

        assertThat(board.needsReason("WON")).isTrue();
        assertThat(board.needsReason("LOST")).isTrue();
        assertThat(board.needsReason("PROPOSAL")).isFalse();
        board.move(3, "WON", "价格与交期优于竞争对手");

        assertThat(calls).containsExactly("WON:价格与交期优于竞争对手");
        assertThat(board.cards("WON")).extracting(Opportunity::status).containsExactly(OpportunityStatus.WON);
    }

    @Test
    void droppingOnTheSameColumnOrAnUnknownCardDoesNothing() {
        KanbanLogic board = board((id, stage, reason) -> {
            calls.add("called");
            return opp(id, stage, "1");
        });

        assertThat(board.move(1, "QUALIFY", null).kind()).isEqualTo(KanbanLogic.Outcome.Kind.UNCHANGED);
        assertThat(board.move(99, "PROPOSAL", null).kind()).isEqualTo(KanbanLogic.Outcome.Kind.UNCHANGED);
        assertThat(board.move(1, "NOPE", null).kind()).isEqualTo(KanbanLogic.Outcome.Kind.UNCHANGED);
        assertThat(calls).isEmpty();
    }

    @Test
    void columnsKnowWhenTheyShowOnlyPartOfTheirCards() {
        KanbanLogic board = board((id, stage, reason) -> opp(id, stage, "1"));

        assertThat(board.truncated("PROPOSAL")).isTrue();
        assertThat(board.truncated("QUALIFY")).isFalse();
        assertThat(board.count("WON")).isZero();
    }
}
