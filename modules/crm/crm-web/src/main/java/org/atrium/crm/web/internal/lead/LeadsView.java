package org.atrium.crm.web.internal.lead;

import org.atrium.shell.api.ui.Csv;
import org.atrium.shell.api.ui.Downloads;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.web.internal.transfer.TransferActions;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
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

/** 线索: the lead list with overdue leads in red, capture, assign, convert; double-click opens a lead. */
final class LeadsView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private HorizontalLayout actionBar;
    private final transient LazySource<Lead, LeadFilter> source;
    private final Texts texts;
    private final Label total = new Label();
    private final Grid<Lead> grid = new Grid<>();
    private final Button assign;
    private final Button convert;

    LeadsView(ShellContext context, Texts texts, LeadService leads, LeadActions actions, Directory names) {
        this.context = context;
        this.texts = texts;
        source = new LazySource<Lead, LeadFilter>((f, p) -> leads.search(context.user(), f, p),
                (f, atMost) -> leads.countUpTo(context.user(), f, atMost), LeadRows.SORTABLE, LeadFilter.all(),
                context::showError);
        LeadRows rows = new LeadRows(Clock.systemDefaultZone());
        Labels labels = new Labels(texts);
        setSizeFull();
        Label heading = new Label(texts.get("leads.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        TextField text = new TextField();
        text.setPlaceholder(texts.get("leads.search"));
        text.setId("crm-leads-search");
        text.setIcon(VaadinIcons.SEARCH);
        text.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<LeadStatus> status = new ComboBox<>(null, Arrays.asList(LeadStatus.values()));
        status.setPlaceholder(texts.get("lead.field.status"));
        status.setItemCaptionGenerator(labels::of);
        ComboBox<SourceChannel> channel = new ComboBox<>(null, Arrays.asList(SourceChannel.values()));
        channel.setPlaceholder(texts.get("lead.field.channel"));
        channel.setItemCaptionGenerator(labels::of);
        CheckBox overdue = new CheckBox(texts.get("leads.overdueOnly"));
        CheckBox mine = new CheckBox(texts.get("customers.mineOnly"));
        Runnable apply = () -> {
            source.filter(LeadRows.filter(text.getValue(), status.getValue(), channel.getValue(), overdue.getValue(),
                    mine.getValue()));
            showTotal();
        };
        text.addValueChangeListener(e -> apply.run());
        status.addValueChangeListener(e -> apply.run());
        channel.addValueChangeListener(e -> apply.run());
        overdue.addValueChangeListener(e -> apply.run());
        mine.addValueChangeListener(e -> apply.run());
        HorizontalLayout filters = new HorizontalLayout(text, status, channel, overdue, mine);
        filters.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);

        Button create = new Button(texts.get("lead.create"),
                e -> new LeadDialog(context, texts, leads, null).open(l -> refresh()));
        create.setIcon(VaadinIcons.PLUS);
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        create.setVisible(context.isPermitted(CrmPermissions.LEAD_CREATE));
        create.setId("crm-leads-create");
        assign = new Button(texts.get("lead.assign"), e -> selected().ifPresent(l -> actions.assign(l, x -> refresh())));
        assign.setIcon(VaadinIcons.USER_CHECK);
        assign.setVisible(context.isPermitted(CrmPermissions.LEAD_ASSIGN));
        convert = new Button(texts.get("convert.run"), e -> selected().ifPresent(l -> actions.convert(l, this::refresh)));
        convert.setIcon(VaadinIcons.EXCHANGE);
        convert.setId("crm-leads-convert");
        convert.setVisible(context.isPermitted(CrmPermissions.LEAD_EDIT));
        Button export = new Button(texts.get("common.exportCsv"));
        export.setIcon(VaadinIcons.DOWNLOAD);
        export.setVisible(context.isPermitted(CrmPermissions.LEAD_EXPORT));
        Downloads.csv(export, "leads", () -> Csv.write(
                List.of(texts.get("lead.field.contactName"), texts.get("lead.field.companyName"),
                        texts.get("lead.field.mobile"), texts.get("lead.field.email"), texts.get("lead.field.channel"),
                        texts.get("lead.field.status"), texts.get("customer.field.owner"),
                        texts.get("lead.field.deadline")),
                source.all().stream().map(l -> List.of(l.contactName(), nz(l.companyName()), nz(l.mobile()),
                        nz(l.email()), labels.of(l.channel()), labels.of(l.status()), names.user(l.ownerUserId()),
                        rows.deadline(l))).toList()));
        HorizontalLayout bar = new HorizontalLayout(create, assign, convert, export);
        actionBar = bar;
        bar.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        total.setId("crm-leads-total");
        total.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout actionRow = new HorizontalLayout(bar, total);
        actionRow.setComponentAlignment(total, com.vaadin.ui.Alignment.MIDDLE_LEFT);

        grid.addColumn(Lead::contactName).setCaption(texts.get("lead.field.contactName")).setSortProperty("contactName");
        grid.addColumn(Lead::companyName).setCaption(texts.get("lead.field.companyName")).setSortable(false)
                .setExpandRatio(1);
        grid.addColumn(Lead::mobile).setCaption(texts.get("lead.field.mobile")).setSortable(false);
        grid.addColumn(l -> labels.of(l.channel())).setCaption(texts.get("lead.field.channel")).setSortable(false);
        grid.addColumn(l -> labels.of(l.status())).setCaption(texts.get("lead.field.status")).setSortable(false);
        grid.addColumn(l -> names.user(l.ownerUserId())).setCaption(texts.get("customer.field.owner"))
                .setSortable(false);
        grid.addColumn(rows::deadline).setCaption(texts.get("lead.field.deadline")).setSortProperty("followUpDeadline");
        grid.setStyleGenerator(rows::style);
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.setId("crm-leads-grid");
        grid.addSelectionListener(e -> updateActions(e.getFirstSelectedItem()));
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick()) {
                context.navigate("crm/lead", String.valueOf(e.getItem().id()));
            }
        });
        updateActions(Optional.empty());
        addComponents(heading, filters, actionRow, grid);
        setExpandRatio(grid, 1);
        showTotal();
    }

    /** Shows how many leads the filter keeps, or that there are more than a list shows. */
    private void showTotal() {
        total.setValue(source.totalText(texts, "leads"));
    }

    /** Re-reads the rows and the total, e.g. after a change. */
    private void refresh() {
        source.refresh();
        showTotal();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        CrmStyles.ensure(context.ui());
    }

    private Optional<Lead> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions(Optional<Lead> lead) {
        boolean open = lead.map(l -> l.status().isOpen()).orElse(false);
        assign.setEnabled(open);
        convert.setEnabled(open);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
    /** Adds the import and XLSX export buttons of the optional transfer component to the action bar. */
    void addTransfer(ShellContext shell, TransferActions transfer) {
        actionBar.addComponents(transfer.importButton(shell, ImportKind.LEAD, this::refresh),
                transfer.leadsXlsx(shell, source::filter));
    }
}
