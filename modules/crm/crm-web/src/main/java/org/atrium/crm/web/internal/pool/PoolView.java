package org.atrium.crm.web.internal.pool;

import org.atrium.shell.api.ui.ConfirmDialog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.PoolCustomer;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 公海: a lazy grid over {@link CustomerPoolService#poolCustomers} under a filter bar, with 认领 per
 * row for users who may edit customers. A claim is confirmed first; a refusal (limit reached, taken
 * by someone else) is shown as an error that stays until dismissed.
 */
final class PoolView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Set<String> SORTABLE = Set.of("poolSince", "name", "lastActivityAt");

    private final transient ShellContext context;
    private final Texts texts;
    private final Texts keys;
    private final transient PoolClaims claims;
    private final transient Directory names;
    private final transient LazySource<PoolCustomer, CustomerFilter> source;
    private final Grid<PoolCustomer> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Tier> tier = new ComboBox<>(null, Arrays.asList(Tier.values()));
    private final TextField province = new TextField();

    PoolView(ShellContext context, Texts texts, Texts keys, CustomerPoolService pool, Directory names) {
        this.context = context;
        this.texts = texts;
        this.keys = keys;
        this.claims = new PoolClaims(pool, keys);
        this.names = names;
        this.source = new LazySource<>((f, p) -> pool.poolCustomers(context.user(), f, p),
                f -> pool.countPool(context.user(), f), SORTABLE, CustomerFilter.all(), context::showError);
        setSizeFull();
        Label heading = new Label(keys.get("pool.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        Label rules = new Label(rules(pool));
        rules.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        rules.setWidth("100%");
        addComponents(heading, rules, filters());
        columns();
        addComponent(grid);
        setExpandRatio(grid, 1);
    }

    private String rules(CustomerPoolService pool) {
        int days = pool.poolDays(context.user().primaryUnitId());
        int limit = pool.claimLimit();
        String back = days > 0 ? keys.get("pool.rule.days", days) : keys.get("pool.rule.noDays");
        String claim = limit > 0 ? keys.get("pool.rule.limit", limit) : keys.get("pool.rule.noLimit");
        return back + " " + claim;
    }

    private HorizontalLayout filters() {
        text.setPlaceholder(texts.get("customers.search"));
        text.setIcon(VaadinIcons.SEARCH);
        text.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        text.setWidth("260px");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("crm-pool-search");
        tier.setPlaceholder(texts.get("customer.field.tier"));
        tier.setWidth("110px");
        province.setPlaceholder(texts.get("customer.field.province"));
        province.setWidth("130px");
        province.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> applyFilter());
        tier.addValueChangeListener(e -> applyFilter());
        province.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(text, tier, province);
        filters.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        return filters;
    }

    private void columns() {
        grid.addColumn(p -> p.customer().code()).setCaption(texts.get("customer.field.code")).setSortable(false);
        grid.addColumn(p -> p.customer().name()).setCaption(texts.get("customer.field.name")).setSortProperty("name")
                .setExpandRatio(1);
        grid.addColumn(p -> p.customer().city()).setCaption(texts.get("customer.field.city")).setSortable(false);
        grid.addColumn(p -> p.customer().industry()).setCaption(texts.get("customer.field.industry"))
                .setSortable(false);
        grid.addColumn(p -> p.customer().tier() == null ? "" : p.customer().tier().name())
                .setCaption(texts.get("customer.field.tier")).setSortable(false);
        grid.addColumn(p -> names.company(p.customer().ownerUnitId())).setCaption(keys.get("pool.column.company"))
                .setSortable(false);
        grid.addColumn(p -> day(p.poolSince())).setCaption(keys.get("pool.column.since"))
                .setSortProperty("poolSince");
        grid.addColumn(p -> p.lastActivityAt() == null ? keys.get("pool.never") : day(p.lastActivityAt()))
                .setCaption(keys.get("pool.column.lastActivity")).setSortProperty("lastActivityAt");
        if (context.isPermitted(CrmPermissions.CUSTOMER_EDIT)) {
            grid.addComponentColumn(this::claimButton).setCaption("").setWidth(110).setSortable(false);
        }
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.setId("crm-pool-grid");
    }

    private Button claimButton(PoolCustomer row) {
        Button claim = new Button(keys.get("pool.claim"), e -> confirmClaim(row));
        claim.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_FRIENDLY);
        return claim;
    }

    private void confirmClaim(PoolCustomer row) {
        ConfirmDialog.ask(context.ui(), texts.locale(), keys.get("pool.claim"),
                keys.get("pool.claim.confirm", row.customer().name(), row.customer().code()), keys.get("pool.claim"),
                () -> claim(row.customer().id()));
    }

    /** Claims the customer and opens its page, or says why it could not be claimed. */
    void claim(long customerId) {
        PoolClaims.Outcome outcome = claims.claim(context.user(), customerId);
        source.refresh();
        if (!outcome.ok()) {
            context.showError(outcome.error());
            return;
        }
        context.notify(keys.get("pool.claimed", outcome.customer().name()));
        context.navigate("crm/customer", String.valueOf(outcome.customer().id()));
    }

    private void applyFilter() {
        source.filter(new CustomerFilter(blankToNull(text.getValue()), null,
                tier.getValue() == null ? null : Set.of(tier.getValue()), null, blankToNull(province.getValue()), null,
                null, null, false));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }
}
