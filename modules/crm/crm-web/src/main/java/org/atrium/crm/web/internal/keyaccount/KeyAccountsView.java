package org.atrium.crm.web.internal.keyaccount;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.DormantCustomer;
import org.atrium.crm.api.keyaccount.KeyAccountService;
import org.atrium.crm.api.keyaccount.ParetoReport;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.atrium.crm.api.keyaccount.TierDistribution;
import org.atrium.crm.api.keyaccount.TierRecomputeResult;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 大客户分析: the Pareto of customers by won amount (chart and list with the A1/A2 cut), the tier
 * distribution with drill-down, customers without follow-up for a chosen number of days, and the
 * tier recomputation for users who may edit customers. Every list is lazy over the service and
 * every row opens the customer 360.
 */
final class KeyAccountsView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;
    static final int CHART_ROWS = 120;
    static final List<Integer> DAYS = List.of(30, 60, 90, 180, 365);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final transient ShellContext context;
    private final Texts texts;
    private final Texts keys;
    private final transient KeyAccountService keyAccounts;
    private final transient CustomerService customers;
    private final transient Directory names;
    private final Label summary = new Label();
    private final Label paretoChart = new Label("", ContentMode.HTML);
    private final Label chartNote = new Label();
    private final Label tierChart = new Label("", ContentMode.HTML);
    private final Label dormantChart = new Label("", ContentMode.HTML);
    private final CssLayout tierLinks = new CssLayout();
    private final Label recomputed = new Label();
    private final CheckBox keyOnly;
    private final Grid<ParetoRow> paretoGrid = new Grid<>();
    private final Grid<DormantCustomer> dormantGrid = new Grid<>();
    private final ComboBox<Integer> days = new ComboBox<>(null, DAYS);
    private final transient LazySource<ParetoRow, Boolean> paretoRows;
    private final transient LazySource<DormantCustomer, Integer> dormantRows;
    private transient ParetoReport report;

    KeyAccountsView(ShellContext context, Texts texts, Texts keys, KeyAccountService keyAccounts,
            CustomerService customers, Directory names) {
        this.context = context;
        this.texts = texts;
        this.keys = keys;
        this.keyAccounts = keyAccounts;
        this.customers = customers;
        this.names = names;
        this.paretoRows = new LazySource<>((keyOnlyFilter, p) -> keyAccounts.pareto(context.user(), p).rows(),
                this::paretoCount, Set.of(), Boolean.FALSE, context::showError);
        this.dormantRows = new LazySource<>((d, p) -> keyAccounts.dormant(context.user(), d, p),
                d -> keyAccounts.countDormant(context.user(), d), Set.of(), 90, context::showError);
        keyOnly = new CheckBox(keys.get("keyAccount.keyOnly"), false);
        setWidth("100%");
        Label heading = new Label(keys.get("keyAccount.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        summary.setWidth("100%");
        summary.setId("crm-key-summary");
        recomputed.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_SUCCESS);
        recomputed.setVisible(false);
        recomputed.setWidth("100%");
        TabSheet tabs = new TabSheet();
        tabs.setWidth("100%");
        tabs.addTab(paretoTab(), keys.get("keyAccount.tab.pareto"));
        tabs.addTab(tierTab(), keys.get("keyAccount.tab.tiers"));
        tabs.addTab(dormantTab(), keys.get("keyAccount.tab.dormant"));
        addComponents(heading, actions(), recomputed, summary, tabs);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
    }

    private HorizontalLayout actions() {
        Button recompute = new Button(keys.get("keyAccount.recompute"), e -> confirmRecompute());
        recompute.setIcon(VaadinIcons.REFRESH);
        recompute.setId("crm-key-recompute");
        recompute.setVisible(context.isPermitted(CrmPermissions.CUSTOMER_EDIT));
        return new HorizontalLayout(recompute);
    }

    private VerticalLayout paretoTab() {
        paretoChart.setWidth("100%");
        paretoChart.setId("crm-key-pareto-chart");
        keyOnly.addValueChangeListener(e -> paretoRows.filter(e.getValue()));
        paretoGrid.addColumn(ParetoRow::rank).setCaption(keys.get("keyAccount.column.rank")).setWidth(80);
        paretoGrid.addColumn(ParetoRow::code).setCaption(texts.get("customer.field.code"));
        paretoGrid.addColumn(ParetoRow::name).setCaption(texts.get("customer.field.name")).setExpandRatio(1);
        paretoGrid.addColumn(r -> Money.compact(r.wonAmount())).setCaption(keys.get("keyAccount.column.won"));
        paretoGrid.addColumn(r -> ParetoChart.percent(r.share())).setCaption(keys.get("keyAccount.column.share"));
        paretoGrid.addColumn(r -> ParetoChart.percent(r.cumulativeShare()))
                .setCaption(keys.get("keyAccount.column.cumulative"));
        paretoGrid.addColumn(r -> r.paretoClass() == null ? "—" : r.paretoClass().name())
                .setCaption(keys.get("keyAccount.column.class"));
        paretoGrid.addColumn(r -> r.tier() == null ? "" : r.tier().name()).setCaption(texts.get("customer.field.tier"));
        paretoGrid.setStyleGenerator(r -> r.paretoClass() == null ? null : "crm-key-" + r.paretoClass().name());
        paretoGrid.getColumns().forEach(c -> c.setSortable(false));
        paretoGrid.setDataProvider(paretoRows.dataProvider());
        paretoGrid.setWidth("100%");
        paretoGrid.setHeight("420px");
        paretoGrid.setId("crm-key-pareto-grid");
        paretoGrid.addItemClickListener(e -> open(e.getItem().customerId()));
        chartNote.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        VerticalLayout tab = new VerticalLayout(paretoChart, chartNote, keyOnly, paretoGrid);
        tab.setMargin(false);
        return tab;
    }

    private VerticalLayout tierTab() {
        tierChart.setWidth("100%");
        tierChart.setId("crm-key-tier-chart");
        tierLinks.setWidth("100%");
        VerticalLayout tab = new VerticalLayout(tierChart, tierLinks);
        tab.setMargin(false);
        return tab;
    }

    private VerticalLayout dormantTab() {
        days.setItemCaptionGenerator(d -> keys.get("keyAccount.days", d));
        days.setEmptySelectionAllowed(false);
        days.setTextInputAllowed(false);
        days.setValue(90);
        days.setCaption(keys.get("keyAccount.dormantFor"));
        days.setId("crm-key-days");
        days.addValueChangeListener(e -> dormantRows.filter(e.getValue() == null ? 90 : e.getValue()));
        dormantGrid.addColumn(d -> d.customer().code()).setCaption(texts.get("customer.field.code"));
        dormantGrid.addColumn(d -> d.customer().name()).setCaption(texts.get("customer.field.name")).setExpandRatio(1);
        dormantGrid.addColumn(d -> d.customer().tier() == null ? "" : d.customer().tier().name())
                .setCaption(texts.get("customer.field.tier"));
        dormantGrid.addColumn(d -> names.user(d.customer().ownerUserId())).setCaption(texts.get("customer.field.owner"));
        dormantGrid.addColumn(d -> d.lastActivityAt() == null ? keys.get("pool.never") : day(d.lastActivityAt()))
                .setCaption(keys.get("pool.column.lastActivity"));
        dormantGrid.addColumn(DormantCustomer::daysWithoutFollowUp).setCaption(keys.get("keyAccount.column.idleDays"));
        dormantGrid.getColumns().forEach(c -> c.setSortable(false));
        dormantGrid.setDataProvider(dormantRows.dataProvider());
        dormantGrid.setWidth("100%");
        dormantGrid.setHeight("420px");
        dormantGrid.setId("crm-key-dormant-grid");
        dormantGrid.addItemClickListener(e -> open(e.getItem().customer().id()));
        dormantChart.setWidth("100%");
        dormantChart.setId("crm-key-dormant-chart");
        VerticalLayout tab = new VerticalLayout(dormantChart, days, dormantGrid);
        tab.setMargin(false);
        return tab;
    }

    /** Re-reads the summary and both charts, and the lists. */
    void refresh() {
        report = null;
        try {
            report = keyAccounts.pareto(context.user(), PageRequest.first(CHART_ROWS));
            summary.setValue(keys.get("keyAccount.summary", Money.compact(report.totalWon()), report.customers(),
                    report.customersFor80Percent(), report.a1Count(), ParetoChart.percent(report.a1Cut()),
                    report.a2Count(), ParetoChart.percent(report.a2Cut())));
            paretoChart.setValue(ParetoChart.svg(report.rows(), report.a1Cut(), report.a2Cut(),
                    keys.get("keyAccount.empty")));
            chartNote.setValue(keys.get("keyAccount.chartNote", report.rows().size(), report.customers()));
        } catch (AccessDeniedException e) {
            summary.setValue(e.getMessage());
            paretoChart.setValue("");
        }
        paretoRows.refresh();
        showTiers(new ServiceCall(context).get(() -> keyAccounts.tierDistribution(context.user()), null));
        dormantRows.refresh();
        showDormantSpread();
    }

    /** Customers without follow-up for at least each of {@link #DAYS}, as bars. */
    private void showDormantSpread() {
        List<BarChart.Bar> bars = new ArrayList<>();
        try {
            for (int d : DAYS) {
                bars.add(new BarChart.Bar(keys.get("keyAccount.days", d), keyAccounts.countDormant(context.user(), d),
                        "#c0392b"));
            }
            dormantChart.setValue(BarChart.svg(bars, keys.get("keyAccount.empty"), false));
        } catch (AccessDeniedException e) {
            dormantChart.setValue("");
        }
    }

    private int paretoCount(Boolean keyOnlyFilter) {
        ParetoReport current = report;
        if (current == null) {
            return 0;
        }
        return Boolean.TRUE.equals(keyOnlyFilter) ? current.a1Count() + current.a2Count() : current.customers();
    }

    private void showTiers(TierDistribution distribution) {
        tierLinks.removeAllComponents();
        if (distribution == null) {
            tierChart.setValue("");
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            int count = distribution.counts().getOrDefault(tier, 0);
            bars.add(new BarChart.Bar(tier.name(), count, TierColors.of(tier)));
            Button drill = new Button(keys.get("keyAccount.tierLink", tier.name(), count), e -> drill(tier));
            drill.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
            drill.setEnabled(count > 0);
            tierLinks.addComponent(drill);
        }
        bars.add(new BarChart.Bar(keys.get("keyAccount.unclassified"), distribution.unclassified(), "#b8c4d0"));
        tierChart.setValue(BarChart.svg(bars, keys.get("keyAccount.empty")));
    }

    private void drill(Tier tier) {
        CustomerFilter filter = new CustomerFilter(null, null, Set.of(tier), null, null, null, null, null, false);
        LazySource<Customer, CustomerFilter> rows = new LazySource<>((f, p) -> customers.search(context.user(), f, p),
                f -> customers.count(context.user(), f), Set.of("name", "code"), filter, context::showError);
        Grid<Customer> grid = new Grid<>();
        grid.addColumn(Customer::code).setCaption(texts.get("customer.field.code")).setSortProperty("code");
        grid.addColumn(Customer::name).setCaption(texts.get("customer.field.name")).setSortProperty("name")
                .setExpandRatio(1);
        grid.addColumn(c -> names.user(c.ownerUserId())).setCaption(texts.get("customer.field.owner"))
                .setSortable(false);
        grid.setDataProvider(rows.dataProvider());
        grid.setSizeFull();
        Window window = new Window(keys.get("keyAccount.tierCustomers", tier.name()), grid);
        window.setModal(true);
        window.setWidth("720px");
        window.setHeight("480px");
        grid.addItemClickListener(e -> {
            window.close();
            open(e.getItem().id());
        });
        context.ui().addWindow(window);
    }

    private void confirmRecompute() {
        ConfirmDialog.ask(context.ui(), texts.locale(), keys.get("keyAccount.recompute"),
                keys.get("keyAccount.recompute.confirm"), keys.get("keyAccount.recompute"), this::recompute);
    }

    /** Recomputes the tiers and shows what changed. */
    void recompute() {
        TierRecomputeResult result = new ServiceCall(context).get(() -> keyAccounts.recomputeTiers(context.user()),
                null);
        if (result == null) {
            return;
        }
        String text = keys.get("keyAccount.recomputed", result.examined(), result.changed(),
                result.counts().getOrDefault(Tier.A1, 0), result.counts().getOrDefault(Tier.A2, 0),
                result.counts().getOrDefault(Tier.B, 0), result.counts().getOrDefault(Tier.C, 0));
        recomputed.setValue(text);
        recomputed.setVisible(true);
        context.notify(text);
        refresh();
    }

    private void open(long customerId) {
        context.navigate("crm/customer", String.valueOf(customerId));
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }
}
