package org.atrium.crm.web.internal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.web.internal.ComponentTree.texts;
import static org.atrium.crm.web.internal.ComponentTree.walk;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

import com.vaadin.ui.Component;

/**
 * The kanban against a mocked service: the column totals come from one {@code stageTotals} call (no count per
 * stage), the cards from one page per column, and a column that shows only its first cards still shows the
 * count and amount of the whole stage.
 */
class KanbanBoardTest {

    private static final UserContext REP = new UserContext(5, "lina", "李娜", 3, Locale.SIMPLIFIED_CHINESE);
    private static final List<PipelineStage> STAGES = List.of(
            new PipelineStage("QUALIFY", "需求确认", "Qualify", 20, 1, StageKind.OPEN),
            new PipelineStage("PROPOSAL", "方案报价", "Proposal", 50, 2, StageKind.OPEN),
            new PipelineStage("WON", "赢单", "Won", 100, 8, StageKind.WON),
            new PipelineStage("LOST", "输单", "Lost", 0, 9, StageKind.LOST));

    private final OpportunityService opportunities = mock(OpportunityService.class);
    private final CustomerService customers = mock(CustomerService.class);
    private final ShellContext context = mock(ShellContext.class);

    KanbanBoardTest() {
        when(context.user()).thenReturn(REP);
        when(context.locale()).thenReturn(REP.locale());
        when(customers.get(any(), anyLong())).thenThrow(new NotFoundException("客户不存在"));
        when(opportunities.stages()).thenReturn(STAGES);
        // two cards shown of PROPOSAL's 120, the one card of QUALIFY, none of WON and LOST
        when(opportunities.search(any(), any(), any())).thenAnswer(a -> {
            Set<String> stages = a.getArgument(1, OpportunityFilter.class).stageCodes();
            if (stages.equals(Set.of("PROPOSAL"))) {
                return List.of(opp(3, "PROPOSAL", "300000"), opp(4, "PROPOSAL", "200000"));
            }
            return stages.equals(Set.of("QUALIFY")) ? List.of(opp(1, "QUALIFY", "100000")) : List.of();
        });
        when(opportunities.stageTotals(any(), any())).thenReturn(List.of(
                new StageTotal("PROPOSAL", 120, new BigDecimal("35000000.00")),
                new StageTotal("QUALIFY", 1, new BigDecimal("100000.00"))));
    }

    private static Opportunity opp(long id, String stage, String amount) {
        return new Opportunity(id, 42, "商机" + id, stage, OpportunityStatus.OPEN, 20, new BigDecimal(amount),
                LocalDate.of(2026, 12, 31), List.of(), null, 5, 3, null, Instant.EPOCH, Instant.EPOCH);
    }

    private KanbanBoard load(OpportunityFilter filter) {
        KanbanBoard board = new KanbanBoard(context, Texts.of(REP.locale()), opportunities,
                new CustomerNames(customers, REP), true, null);
        board.load(filter);
        return board;
    }

    @Test
    void theTotalsComeFromOneStageTotalsCallAndTheCardsFromOnePagePerColumn() {
        load(new OpportunityFilter("钢材", 42L, Set.of("QUALIFY"), Set.of(OpportunityStatus.OPEN), null, null, null,
                true));

        // one aggregate for every column, under the filter without its stage and status parts
        verify(opportunities, times(1)).stageTotals(eq(REP), argThat(f -> "钢材".equals(f.text())
                && Long.valueOf(42).equals(f.customerId()) && f.mineOnly() && f.stageCodes().isEmpty()
                && f.statuses().isEmpty()));
        verify(opportunities, never()).count(any(), any());
        verify(opportunities, never()).countUpTo(any(), any(), anyInt());
        // the cards: one page per column, each under its own stage
        for (PipelineStage stage : STAGES) {
            verify(opportunities).search(eq(REP), argThat(f -> f.stageCodes().equals(Set.of(stage.code()))
                    && "钢材".equals(f.text()) && f.statuses().isEmpty()), argThat(p -> p.offset() == 0
                            && p.limit() == KanbanBoard.PER_COLUMN));
        }
        verify(opportunities, times(STAGES.size())).search(any(), any(), any());
    }

    @Test
    void aTruncatedColumnShowsTheCountAndAmountOfTheWholeStage() {
        KanbanBoard board = load(OpportunityFilter.all());

        // 120 opportunities worth ¥3,500万, not the two cards' ¥50万
        assertThat(texts(column(board, "PROPOSAL"))).containsExactly("方案报价 · 50%", "120 个 · ¥3,500万",
                "#42", "¥300,000.00  ·  2026-12-31", "#42", "¥200,000.00  ·  2026-12-31", "仅显示前 2 个");
        assertThat(texts(column(board, "QUALIFY"))).contains("1 个 · ¥10万").doesNotContain("仅显示前 1 个");
        // a stage without opportunities is absent from the totals
        assertThat(texts(column(board, "WON"))).containsExactly("赢单 · 100%", "0 个 · ¥0.00");
        assertThat(board.logic().count("PROPOSAL")).isEqualTo(120);
        assertThat(board.logic().amount("PROPOSAL")).isEqualByComparingTo("35000000");
    }

    @Test
    void reloadingAsksForTheTotalsAgainOnce() {
        KanbanBoard board = load(OpportunityFilter.all());
        when(opportunities.stageTotals(any(), any())).thenReturn(List.of(
                new StageTotal("PROPOSAL", 2, new BigDecimal("500000.00"))));

        board.load(new OpportunityFilter("框架", null, null, null, null, null, null, false));

        verify(opportunities, times(2)).stageTotals(eq(REP), any());
        assertThat(texts(column(board, "PROPOSAL"))).contains("2 个 · ¥50万").doesNotContain("仅显示前 2 个");
    }

    private static Component column(KanbanBoard board, String stageCode) {
        List<Component> found = new ArrayList<>();
        walk(board, c -> {
            if (("crm-kanban-" + stageCode).equals(c.getId())) {
                found.add(c);
            }
        });
        assertThat(found).as(stageCode).hasSize(1);
        return found.get(0);
    }
}
