package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.shared.ui.dnd.DropEffect;
import com.vaadin.shared.ui.dnd.EffectAllowed;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.dnd.DragSourceExtension;
import com.vaadin.ui.dnd.DropTargetExtension;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The opportunity kanban: a column per pipeline stage with the stage's count and amount (one
 * {@code stageTotals} query for all columns), a card per opportunity (the first {@link #PER_COLUMN}).
 * Dragging a card onto another column moves the opportunity there through the service; closing
 * stages ask for the reason first; a refusal is shown and the card stays where it was.
 */
final class KanbanBoard extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    /** Cards loaded per column. */
    static final int PER_COLUMN = 50;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient OpportunityService opportunities;
    private final transient CustomerNames customers;
    private final boolean mayMove;
    private final transient OpportunityActions actions;
    private transient KanbanLogic logic;
    private transient OpportunityFilter lastFilter;

    KanbanBoard(ShellContext context, Texts texts, OpportunityService opportunities, CustomerNames customers,
            boolean mayMove, OpportunityActions actions) {
        this.context = context;
        this.actions = actions;
        this.texts = texts;
        this.opportunities = opportunities;
        this.customers = customers;
        this.mayMove = mayMove;
        addStyleName("crm-kanban");
        // as wide as its columns (a full-width layout would squeeze them into equal shares); the view scrolls it
        setWidthUndefined();
        setId("crm-kanban");
    }

    /** Loads the columns under a filter (its stage and status parts are ignored) and draws them. */
    void load(OpportunityFilter filter) {
        lastFilter = filter;
        CrmStyles.ensure(context.ui());
        List<PipelineStage> stages = opportunities.stages();
        OpportunityFilter anyStage = new OpportunityFilter(filter.text(), filter.customerId(), null, null,
                filter.closeFrom(), filter.closeTo(), filter.ownerUnitId(), filter.mineOnly());
        List<StageTotal> totals = new ServiceCall(context).get(() -> opportunities.stageTotals(context.user(),
                anyStage), null);
        Map<String, List<Opportunity>> loaded = new HashMap<>();
        for (PipelineStage stage : stages) {
            OpportunityFilter column = new OpportunityFilter(anyStage.text(), anyStage.customerId(),
                    Set.of(stage.code()), null, anyStage.closeFrom(), anyStage.closeTo(), anyStage.ownerUnitId(),
                    anyStage.mineOnly());
            List<Opportunity> rows = new ServiceCall(context).get(() -> opportunities.search(context.user(), column,
                    new PageRequest(0, PER_COLUMN, "expectedCloseDate", true)), null);
            loaded.put(stage.code(), rows == null ? List.of() : rows);
        }
        logic = new KanbanLogic(stages, loaded, totals == null ? List.of() : totals,
                (id, stage, reason) -> opportunities.moveStage(context.user(), id, stage, reason));
        draw();
    }

    private void draw() {
        removeAllComponents();
        for (PipelineStage stage : logic.stages()) {
            addComponent(column(stage));
        }
    }

    private VerticalLayout column(PipelineStage stage) {
        Label title = new Label(stage.name(context.locale()) + " · " + stage.probability() + "%");
        title.addStyleName(ValoTheme.LABEL_BOLD);
        Label summary = new Label(texts.get("kanban.summary", logic.count(stage.code()),
                Money.compact(logic.amount(stage.code()))));
        summary.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        VerticalLayout column = new VerticalLayout(title, summary);
        column.setSpacing(true);
        column.setMargin(false);
        column.addStyleName("crm-kanban-column");
        column.setWidth("220px");
        column.setId("crm-kanban-" + stage.code());
        for (Opportunity o : logic.cards(stage.code())) {
            column.addComponent(card(o));
        }
        if (logic.truncated(stage.code())) {
            Label more = new Label(texts.get("kanban.truncated", logic.cards(stage.code()).size()));
            more.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
            column.addComponent(more);
        }
        if (mayMove) {
            DropTargetExtension<VerticalLayout> target = new DropTargetExtension<>(column);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData().ifPresent(
                    data -> dropped((Long) data, stage)));
        }
        return column;
    }

    private VerticalLayout card(Opportunity o) {
        Button name = new Button(o.name(), e -> context.navigate("crm/customer", String.valueOf(o.customerId())));
        name.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        Label customer = new Label(customers.of(o.customerId()));
        customer.addStyleName(ValoTheme.LABEL_SMALL);
        customer.setWidth("100%");
        Label amount = new Label(Money.format(o.amount()) + "  ·  "
                + (o.expectedCloseDate() == null ? "" : o.expectedCloseDate().toString()));
        amount.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        VerticalLayout card = new VerticalLayout(name, customer, amount);
        if (actions != null && (actions.mayEdit() || actions.mayAssign())) {
            card.addComponent(actions.buttons(o, changed -> load(lastFilter), true));
        }
        card.setMargin(false);
        card.setSpacing(false);
        card.setWidth("100%");
        card.addStyleName("crm-kanban-card");
        card.setId("crm-opportunity-" + o.id());
        if (mayMove) {
            DragSourceExtension<VerticalLayout> source = new DragSourceExtension<>(card);
            source.setEffectAllowed(EffectAllowed.MOVE);
            source.setDragData(o.id());
            source.setDataTransferText(String.valueOf(o.id()));
        }
        return card;
    }

    private void dropped(long opportunityId, PipelineStage target) {
        if (logic.columnOf(opportunityId).map(target.code()::equals).orElse(true)) {
            return;
        }
        if (logic.needsReason(target.code())) {
            ReasonDialog.ask(context.ui(), texts, target.name(context.locale()),
                    reason -> apply(opportunityId, target, reason), this::draw);
        } else {
            apply(opportunityId, target, null);
        }
    }

    private void apply(long opportunityId, PipelineStage target, String reason) {
        KanbanLogic.Outcome outcome = logic.move(opportunityId, target.code(), reason);
        if (outcome.kind() == KanbanLogic.Outcome.Kind.FAILED) {
            context.showError(texts.get("kanban.moveFailed", outcome.message()));
        } else if (outcome.kind() == KanbanLogic.Outcome.Kind.MOVED) {
            context.notify(texts.get("kanban.moved", outcome.moved().name(), target.name(context.locale())));
        }
        draw();
    }

    /** @return the board's state, for tests */
    KanbanLogic logic() {
        return logic;
    }
}
