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

    private KanbanLogic board(KanbanLogic.Mover mover) {
        return new KanbanLogic(STAGES, Map.of("QUALIFY", List.of(opp(1, "QUALIFY", "100000"), opp(2, "QUALIFY", "50000")),
                "PROPOSAL", List.of(opp(3, "PROPOSAL", "300000"))), Map.of("QUALIFY", 2, "PROPOSAL", 7), mover);
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
        assertThat(board.amount("PROPOSAL")).isEqualByComparingTo("400000");
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
