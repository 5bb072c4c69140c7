package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.Csv;
import org.atrium.shell.api.ui.Downloads;

import java.util.Arrays;
import java.util.List;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** 商机: one filter bar over two views of the same opportunities — a list and a kanban by stage. */
final class OpportunitiesView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient LazySource<Opportunity, OpportunityFilter> source;
    private final Texts texts;
    private final Label total = new Label();
    private final KanbanBoard board;
    private final TabSheet views = new TabSheet();
    private final VerticalLayout kanbanTab = new VerticalLayout();
    private final TextField text = new TextField();
    private final ComboBox<PipelineStage> stage;
    private final ComboBox<OpportunityStatus> status;
    private final CheckBox mine;

    OpportunitiesView(ShellContext context, Texts texts, OpportunityService opportunities, CustomerNames customers,
            Directory names, OpportunityActions actions) {
        Stages stages = new Stages(opportunities.stages(), context.locale());
        this.texts = texts;
        source = new LazySource<Opportunity, OpportunityFilter>((f, p) -> opportunities.search(context.user(), f, p),
                (f, atMost) -> opportunities.countUpTo(context.user(), f, atMost), OpportunityColumns.SORTABLE,
                OpportunityFilters.of(null, null, OpportunityStatus.OPEN, false), context::showError);
        board = new KanbanBoard(context, texts, opportunities, customers,
                context.isPermitted(CrmPermissions.OPPORTUNITY_EDIT), actions);
        setSizeFull();
        Label heading = new Label(texts.get("opportunities.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        text.setPlaceholder(texts.get("opportunities.search"));
        text.setId("crm-opportunities-search");
        text.setIcon(VaadinIcons.SEARCH);
        text.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        stage = new ComboBox<>(null, stages.all());
        stage.setPlaceholder(texts.get("opportunity.field.stage"));
        stage.setItemCaptionGenerator(s -> s.name(context.locale()));
        Labels labels = new Labels(texts);
        status = new ComboBox<>(null, Arrays.asList(OpportunityStatus.values()));
        status.setPlaceholder(texts.get("opportunity.field.status"));
        status.setItemCaptionGenerator(labels::of);
        status.setValue(OpportunityStatus.OPEN);
        mine = new CheckBox(texts.get("customers.mineOnly"));
        Button export = new Button(texts.get("common.exportCsv"));
        export.setIcon(VaadinIcons.DOWNLOAD);
        export.setVisible(context.isPermitted(CrmPermissions.OPPORTUNITY_EXPORT));
        Downloads.csv(export, "opportunities", () -> Csv.write(
                List.of(texts.get("opportunity.field.name"), texts.get("contact.field.customer"),
                        texts.get("opportunity.field.stage"), texts.get("opportunity.field.status"),
                        texts.get("opportunity.field.amount"), texts.get("opportunity.field.expectedCloseDate"),
                        texts.get("customer.field.owner")),
                source.all().stream().map(o -> List.of(o.name(), customers.of(o.customerId()),
                        stages.name(o.stageCode()), labels.of(o.status()), o.amount() == null ? "" : o.amount().toPlainString(),
                        String.valueOf(o.expectedCloseDate()), names.user(o.ownerUserId()))).toList()));
        text.addValueChangeListener(e -> applyFilter());
        stage.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        mine.addValueChangeListener(e -> applyFilter());
        total.setId("crm-opportunities-total");
        total.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout bar = new HorizontalLayout(text, stage, status, mine, export, total);
        bar.setComponentAlignment(total, com.vaadin.ui.Alignment.MIDDLE_LEFT);
        bar.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        Grid<Opportunity> grid = new Grid<>();
        OpportunityColumns.add(grid, texts, stages, customers, names);
        Grid.Column<Opportunity, ?> actionColumn = OpportunityColumns.actions(grid, texts, actions,
                o -> refresh());
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.setId("crm-opportunity-grid");
        grid.addItemClickListener(e -> {
            if (e.getColumn() != actionColumn) {
                context.navigate("crm/customer", String.valueOf(e.getItem().customerId()));
            }
        });
        Label hint = new Label(texts.get("kanban.hint"));
        hint.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        kanbanTab.setMargin(false);
        Panel scroller = new Panel(board);
        scroller.addStyleName(ValoTheme.PANEL_BORDERLESS);
        scroller.setWidth("100%");
        kanbanTab.addComponents(hint, scroller);
        views.setSizeFull();
        views.addTab(grid, texts.get("opportunities.list"), VaadinIcons.LIST);
        views.addTab(kanbanTab, texts.get("opportunities.kanban"), VaadinIcons.GRID_BIG_O).setId("crm-kanban-tab");
        views.addSelectedTabChangeListener(e -> {
            if (views.getSelectedTab() == kanbanTab) {
                board.load(source.filter());
            }
        });
        addComponents(heading, bar, views);
        setExpandRatio(views, 1);
        showTotal();
    }

    /** Shows how many opportunities the filter keeps, or that there are more than the list shows. */
    private void showTotal() {
        total.setValue(source.totalText(texts, "opportunities"));
    }

    /** Re-reads the rows and the total, e.g. after a change. */
    private void refresh() {
        source.refresh();
        showTotal();
    }

    private void applyFilter() {
        source.filter(OpportunityFilters.of(text.getValue(), stage.getValue(), status.getValue(), mine.getValue()));
        showTotal();
        if (views.getSelectedTab() == kanbanTab) {
            board.load(source.filter());
        }
    }

    /** Shows the kanban, for tests and deep links. */
    void showKanban() {
        views.setSelectedTab(kanbanTab);
    }

    KanbanBoard board() {
        return board;
    }
}
