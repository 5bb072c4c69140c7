package org.atrium.crm.web.internal.funnel;

import java.math.BigDecimal;
import java.util.List;

import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.MonthlyForecast;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;

import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.renderers.HtmlRenderer;
import com.vaadin.ui.themes.ValoTheme;

/** One funnel: stages with count, amount, weighted amount, conversion and bars; then the monthly forecast. */
final class FunnelPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    FunnelPanel(Texts texts, FunnelGroup group, boolean withForecast) {
        setMargin(false);
        Label summary = new Label(texts.get("funnel.summary", group.wonCount(), Money.compact(group.wonAmount()),
                group.lostCount(), FunnelBars.percent(group.winRate())));
        summary.addStyleName(ValoTheme.LABEL_SMALL);
        addComponents(summary, stages(texts, group.stages()));
        if (withForecast) {
            Label heading = new Label(texts.get("funnel.forecast"));
            heading.addStyleName(ValoTheme.LABEL_H4);
            addComponents(heading, forecast(texts, group.forecast()));
        }
    }

    private static Grid<FunnelStage> stages(Texts texts, List<FunnelStage> stages) {
        List<Integer> widths = FunnelBars.widths(stages.stream().map(FunnelStage::amount).toList());
        Grid<FunnelStage> grid = new Grid<>();
        grid.setItems(stages);
        grid.addColumn(FunnelStage::stageName).setCaption(texts.get("opportunity.field.stage"));
        grid.addColumn(s -> s.probability() + "%").setCaption(texts.get("opportunity.field.probability"));
        grid.addColumn(FunnelStage::count).setCaption(texts.get("funnel.count"));
        grid.addColumn(s -> Money.format(s.amount())).setCaption(texts.get("funnel.amount"));
        grid.addColumn(s -> Money.format(s.weightedAmount())).setCaption(texts.get("funnel.weighted"));
        grid.addColumn(FunnelStage::reached).setCaption(texts.get("funnel.reached"));
        grid.addColumn(s -> FunnelBars.percent(s.conversionRate())).setCaption(texts.get("funnel.conversion"));
        grid.addColumn(s -> FunnelBars.html(widths.get(stages.indexOf(s)), false), new HtmlRenderer())
                .setCaption(texts.get("funnel.bar")).setExpandRatio(1).setMinimumWidth(160);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, stages.size()));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        return grid;
    }

    private static Grid<MonthlyForecast> forecast(Texts texts, List<MonthlyForecast> months) {
        List<Integer> widths = FunnelBars.widths(months.stream().map(MonthlyForecast::weightedAmount).toList());
        Grid<MonthlyForecast> grid = new Grid<>();
        grid.setItems(months);
        grid.addColumn(m -> m.month().toString()).setCaption(texts.get("funnel.month"));
        grid.addColumn(MonthlyForecast::openCount).setCaption(texts.get("funnel.count"));
        grid.addColumn(m -> Money.format(m.openAmount())).setCaption(texts.get("funnel.amount"));
        grid.addColumn(m -> Money.format(m.weightedAmount())).setCaption(texts.get("funnel.weighted"));
        grid.addColumn(m -> Money.format(m.wonAmount())).setCaption(texts.get("funnel.won"));
        grid.addColumn(m -> FunnelBars.html(widths.get(months.indexOf(m)), true), new HtmlRenderer())
                .setCaption(texts.get("funnel.bar")).setExpandRatio(1).setMinimumWidth(160);
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, Math.min(12, months.size())));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        return grid;
    }

    /** @return the total of open amounts of a group */
    static BigDecimal openAmount(FunnelGroup group) {
        return group.stages().stream().map(FunnelStage::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return the total weighted amount of a group */
    static BigDecimal weightedAmount(FunnelGroup group) {
        return group.stages().stream().map(FunnelStage::weightedAmount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static int openCount(FunnelGroup group) {
        return group.stages().stream().mapToInt(FunnelStage::count).sum();
    }
}
