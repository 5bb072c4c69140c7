package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.Downloads;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.web.internal.transfer.TransferActions;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.LazySource;
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
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The customer list: a lazy grid over {@link CustomerService#search} under the filter bar, CSV
 * export of the filtered rows, registration with the live 撞单 warning, hand-over. A row click opens
 * the customer 360 page.
 */
final class CustomersView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private HorizontalLayout actionBar;
    private final Texts texts;
    private final transient CustomerService customers;
    private final transient Directory names;
    private final transient SharingService sharing;
    private final transient LazySource<Customer, CustomerFilter> source;
    private final Grid<Customer> grid = new Grid<>();
    private final Label total = new Label();
    private final TextField text = new TextField();
    private final ComboBox<LifecycleStage> stage;
    private final ComboBox<Tier> tier;
    private final TextField province = new TextField();
    private final TextField city = new TextField();
    private final CheckBox mine;
    private final List<ClassificationDimension> dimensions;
    /** One filter per active classification dimension, by dimension code. */
    private final Map<String, ComboBox<ClassificationValue>> classFilters = new LinkedHashMap<>();

    /** @param dimensions the classification dimensions; a filter and a column for each active one */
    CustomersView(ShellContext context, Texts texts, CustomerService customers, Directory names,
            SharingService sharing, List<ClassificationDimension> dimensions) {
        this.context = context;
        this.dimensions = List.copyOf(dimensions);
        this.texts = texts;
        this.customers = customers;
        this.names = names;
        this.sharing = sharing;
        this.source = new LazySource<Customer, CustomerFilter>((f, p) -> customers.search(context.user(), f, p),
                (f, atMost) -> customers.countUpTo(context.user(), f, atMost), CustomerFilters.SORTABLE,
                CustomerFilter.all(), context::showError);
        Labels labels = new Labels(texts);
        setSizeFull();
        Label heading = new Label(texts.get("customers.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        text.setPlaceholder(texts.get("customers.search"));
        text.setIcon(VaadinIcons.SEARCH);
        text.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        text.setWidth("260px");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("crm-customers-search");
        stage = new ComboBox<>(null, Arrays.asList(LifecycleStage.values()));
        stage.setPlaceholder(texts.get("customer.field.lifecycle"));
        stage.setItemCaptionGenerator(labels::of);
        tier = new ComboBox<>(null, Arrays.asList(Tier.values()));
        tier.setPlaceholder(texts.get("customer.field.tier"));
        tier.setWidth("110px");
        province.setPlaceholder(texts.get("customer.field.province"));
        province.setWidth("130px");
        province.setValueChangeMode(ValueChangeMode.LAZY);
        city.setPlaceholder(texts.get("customer.field.city"));
        city.setWidth("130px");
        city.setValueChangeMode(ValueChangeMode.LAZY);
        city.setId("crm-customers-city");
        mine = new CheckBox(texts.get("customers.mineOnly"));
        text.addValueChangeListener(e -> applyFilter());
        stage.addValueChangeListener(e -> applyFilter());
        tier.addValueChangeListener(e -> applyFilter());
        province.addValueChangeListener(e -> applyFilter());
        city.addValueChangeListener(e -> applyFilter());
        mine.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(text, stage, tier, province, city);
        for (ClassificationDimension d : this.dimensions) {
            if (d.active()) {
                // deactivated values still filter: customers keep them
                ComboBox<ClassificationValue> box = new ComboBox<>(null, d.values());
                box.setPlaceholder(d.name());
                box.setItemCaptionGenerator(v -> v.active() ? v.name()
                        : texts.get("classification.value.retired", v.name()));
                box.setWidth("140px");
                box.setId("crm-customers-class-" + d.code().toLowerCase(java.util.Locale.ROOT));
                box.addValueChangeListener(e -> applyFilter());
                classFilters.put(d.code(), box);
                filters.addComponent(box);
            }
        }
        filters.addComponent(mine);
        filters.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        total.setId("crm-customers-total");
        total.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout bar = new HorizontalLayout(actions(), total);
        bar.setComponentAlignment(total, com.vaadin.ui.Alignment.MIDDLE_LEFT);
        addComponents(heading, filters, bar);
        columns(labels);
        addComponent(grid);
        setExpandRatio(grid, 1);
        showTotal();
    }

    /** Shows how many customers the filter keeps, or that there are more than a list shows. */
    private void showTotal() {
        total.setValue(source.totalText(texts, "customers"));
    }

    /** Re-reads the rows and the total, e.g. after a change. */
    private void refresh() {
        source.refresh();
        showTotal();
    }

    private HorizontalLayout actions() {
        Button create = new Button(texts.get("customers.create"), e -> create());
        create.setIcon(VaadinIcons.PLUS);
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.setId("crm-customers-create");
        create.setVisible(context.isPermitted(CrmPermissions.CUSTOMER_CREATE));
        Button handOver = new Button(texts.get("handOver.title"),
                e -> new HandOverDialog(context, texts, customers, names.users(), this::refresh).open());
        handOver.setIcon(VaadinIcons.EXCHANGE);
        handOver.setVisible(context.isPermitted(CrmPermissions.CUSTOMER_ASSIGN));
        Button export = new Button(texts.get("common.exportCsv"));
        export.setIcon(VaadinIcons.DOWNLOAD);
        export.setVisible(context.isPermitted(CrmPermissions.CUSTOMER_EXPORT));
        Downloads.csv(export, "customers", () -> CustomerExport.csv(texts, names, source.all()));
        HorizontalLayout actions = new HorizontalLayout(create, handOver, export);
        actionBar = actions;
        actions.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        return actions;
    }

    private void columns(Labels labels) {
        grid.addColumn(Customer::code).setCaption(texts.get("customer.field.code")).setSortProperty("code");
        grid.addColumn(Customer::name).setCaption(texts.get("customer.field.name")).setSortProperty("name")
                .setExpandRatio(1);
        grid.addColumn(Customer::shortName).setCaption(texts.get("customer.field.shortName")).setSortable(false);
        grid.addColumn(Customer::city).setCaption(texts.get("customer.field.city")).setSortable(false);
        grid.addColumn(Customer::industry).setCaption(texts.get("customer.field.industry")).setSortable(false);
        grid.addColumn(c -> labels.of(c.lifecycle())).setCaption(texts.get("customer.field.lifecycle"))
                .setSortProperty("lifecycle");
        grid.addColumn(c -> c.tier() == null ? "" : c.tier().name()).setCaption(texts.get("customer.field.tier"))
                .setSortProperty("tier");
        for (ClassificationDimension d : dimensions) {
            if (d.active()) {
                grid.addColumn(c -> valueName(c, d.code())).setCaption(d.name()).setSortable(false);
            }
        }
        grid.addColumn(c -> names.user(c.ownerUserId())).setCaption(texts.get("customer.field.owner"))
                .setSortable(false);
        grid.addColumn(c -> names.unit(c.ownerUnitId())).setCaption(texts.get("customer.field.unit"))
                .setSortable(false);
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.setId("crm-customers-grid");
        grid.addItemClickListener(e -> context.navigate("crm/customer", String.valueOf(e.getItem().id())));
    }

    private static String valueName(Customer c, String dimensionCode) {
        return c.classifications().stream().filter(x -> x.dimensionCode().equals(dimensionCode))
                .map(x -> x.valueName()).findFirst().orElse("");
    }

    private void applyFilter() {
        Map<String, String> chosen = new LinkedHashMap<>();
        classFilters.forEach((code, box) -> {
            if (box.getValue() != null) {
                chosen.put(code, box.getValue().code());
            }
        });
        source.filter(CustomerFilters.of(text.getValue(), stage.getValue(), tier.getValue(), province.getValue(),
                mine.getValue(), city.getValue(), chosen));
        showTotal();
    }

    private void create() {
        new CustomerCreateDialog(context, texts, customers, sharing, dimensions, created -> {
            refresh();
            context.navigate("crm/customer", String.valueOf(created.id()));
        }).open();
    }

    /** @return the filter in effect, for tests */
    /** Adds the import and XLSX export buttons of the optional transfer component to the action bar. */
    void addTransfer(ShellContext shell, TransferActions transfer) {
        actionBar.addComponents(transfer.importButton(shell, ImportKind.CUSTOMER, this::refresh),
                transfer.customersXlsx(shell, source::filter));
    }

    CustomerFilter filter() {
        return source.filter();
    }

    /** Sets the filter fields, for tests. */
    void setFilter(String textValue, LifecycleStage stageValue) {
        text.setValue(textValue);
        stage.setValue(stageValue);
    }

    /** Sets the city and one classification filter, for tests. */
    void setFilter(String cityValue, String dimensionCode, String valueCode) {
        city.setValue(cityValue);
        ComboBox<ClassificationValue> box = classFilters.get(dimensionCode);
        box.setValue(dimensions.stream().filter(d -> d.code().equals(dimensionCode)).findFirst().orElseThrow()
                .value(valueCode));
    }

    List<Grid.Column<Customer, ?>> gridColumns() {
        return grid.getColumns();
    }
}
