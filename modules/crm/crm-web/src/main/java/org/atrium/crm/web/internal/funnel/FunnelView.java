package org.atrium.crm.web.internal.funnel;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.renderers.HtmlRenderer;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 销售漏斗: the funnel over the opportunities in the user's scope — per stage count, amount,
 * weighted amount and stage-to-stage conversion, the monthly forecast — and the same split by owner,
 * department or subsidiary; a group's row opens its own funnel.
 */
final class FunnelView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient OpportunityService opportunities;
    private final RadioButtonGroup<FunnelGrouping> grouping;
    private final DateField from;
    private final DateField to;
    private final VerticalLayout body = new VerticalLayout();

    FunnelView(ShellContext context, Texts texts, OpportunityService opportunities) {
        this.context = context;
        this.texts = texts;
        this.opportunities = opportunities;
        setWidth("100%");
        Label heading = new Label(texts.get("funnel.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        grouping = new RadioButtonGroup<>(null, Arrays.asList(FunnelGrouping.values()));
        grouping.setItemCaptionGenerator(g -> texts.get("funnel.grouping." + g.name()));
        grouping.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        grouping.setValue(FunnelGrouping.NONE);
        from = new DateField(null, (LocalDate) null);
        from.setPlaceholder(texts.get("funnel.closeFrom"));
        from.setDateFormat("yyyy-MM-dd");
        to = new DateField(null, (LocalDate) null);
        to.setPlaceholder(texts.get("funnel.closeTo"));
        to.setDateFormat("yyyy-MM-dd");
        grouping.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(grouping, from, to);
        bar.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        body.setMargin(false);
        addComponents(heading, bar, body);
        refresh();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        CrmStyles.ensure(context.ui());
    }

    private void refresh() {
        body.removeAllComponents();
        FunnelReport report = new ServiceCall(context).get(() -> opportunities.funnel(context.user(),
                new FunnelQuery(from.getValue(), to.getValue(), null, grouping.getValue())), null);
        if (report == null) {
            return;
        }
        body.addComponent(new FunnelPanel(texts, report.total(), true));
        if (!report.groups().isEmpty()) {
            Label heading = new Label(texts.get("funnel.groups", texts.get("funnel.grouping." + grouping.getValue().name())));
            heading.addStyleName(ValoTheme.LABEL_H4);
            VerticalLayout detail = new VerticalLayout();
            detail.setMargin(false);
            body.addComponents(heading, groups(report.groups(), detail), detail);
        }
    }

    private Grid<FunnelGroup> groups(List<FunnelGroup> groups, VerticalLayout detail) {
        List<Integer> widths = FunnelBars.widths(groups.stream().map(FunnelPanel::weightedAmount).toList());
        Grid<FunnelGroup> grid = new Grid<>();
        grid.setItems(groups);
        grid.addColumn(g -> g.groupName() == null ? "—" : g.groupName()).setCaption(texts.get("funnel.group"));
        grid.addColumn(FunnelPanel::openCount).setCaption(texts.get("funnel.count"));
        grid.addColumn(g -> Money.format(FunnelPanel.openAmount(g))).setCaption(texts.get("funnel.amount"));
        grid.addColumn(g -> Money.format(FunnelPanel.weightedAmount(g))).setCaption(texts.get("funnel.weighted"));
        grid.addColumn(FunnelGroup::wonCount).setCaption(texts.get("funnel.wonCount"));
        grid.addColumn(g -> Money.format(g.wonAmount())).setCaption(texts.get("funnel.won"));
        grid.addColumn(g -> FunnelBars.percent(g.winRate())).setCaption(texts.get("funnel.winRate"));
        grid.addColumn(g -> FunnelBars.html(widths.get(groups.indexOf(g)), true), new HtmlRenderer())
                .setCaption(texts.get("funnel.bar")).setExpandRatio(1).setMinimumWidth(160);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(15, groups.size())));
        grid.addSelectionListener(e -> {
            detail.removeAllComponents();
            e.getFirstSelectedItem().ifPresent(g -> {
                Label title = new Label(g.groupName());
                title.addStyleName(ValoTheme.LABEL_H4);
                detail.addComponents(title, new FunnelPanel(texts, g, true));
            });
        });
        return grid;
    }
}
