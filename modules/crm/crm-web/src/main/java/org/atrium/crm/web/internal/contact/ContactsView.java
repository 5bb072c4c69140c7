package org.atrium.crm.web.internal.contact;

import org.atrium.shell.api.ui.Csv;
import org.atrium.shell.api.ui.Downloads;

import java.util.List;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.web.internal.CustomerNames;
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
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The contact list: search by name, pinyin initials or phone; a row click opens the contact. */
final class ContactsView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;
    static final Set<String> SORTABLE = Set.of("name", "createdAt", "updatedAt");

    private final transient LazySource<Contact, ContactFilter> source;
    private final Texts texts;
    private final Label total = new Label();
    private HorizontalLayout actionBar;

    ContactsView(ShellContext context, Texts texts, ContactService contacts, CustomerNames customers,
            Directory names) {
        this.texts = texts;
        source = new LazySource<Contact, ContactFilter>((f, p) -> contacts.search(context.user(), f, p),
                (f, atMost) -> contacts.countUpTo(context.user(), f, atMost), SORTABLE, ContactFilter.all(),
                context::showError);
        setSizeFull();
        Label heading = new Label(texts.get("contacts.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        TextField text = new TextField();
        text.setPlaceholder(texts.get("contacts.search"));
        text.setId("crm-contacts-search");
        text.setIcon(VaadinIcons.SEARCH);
        text.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        text.setWidth("280px");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        CheckBox mine = new CheckBox(texts.get("customers.mineOnly"));
        Runnable apply = () -> {
            source.filter(new ContactFilter(text.getValue().isBlank() ? null : text.getValue().strip(), null,
                    mine.getValue()));
            showTotal();
        };
        text.addValueChangeListener(e -> apply.run());
        mine.addValueChangeListener(e -> apply.run());
        Button export = new Button(texts.get("common.exportCsv"));
        export.setIcon(VaadinIcons.DOWNLOAD);
        export.setVisible(context.isPermitted(CrmPermissions.CONTACT_EXPORT));
        Labels labels = new Labels(texts);
        Downloads.csv(export, "contacts", () -> Csv.write(
                List.of(texts.get("contact.field.name"), texts.get("contact.field.customer"),
                        texts.get("contact.field.title"), texts.get("contact.field.decisionRole"),
                        texts.get("contact.field.mobile"), texts.get("contact.field.phone"),
                        texts.get("contact.field.email"), texts.get("customer.field.owner")),
                source.all().stream().map(c -> List.of(c.name(), customers.of(c.customerId()), nz(c.title()),
                        labels.of(c.decisionRole()), nz(c.mobile()), nz(c.phone()), nz(c.email()),
                        names.user(c.ownerUserId()))).toList()));
        total.setId("crm-contacts-total");
        total.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout bar = new HorizontalLayout(text, mine, export);
        actionBar = bar;
        bar.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        HorizontalLayout top = new HorizontalLayout(bar, total);
        top.setComponentAlignment(total, com.vaadin.ui.Alignment.MIDDLE_LEFT);
        Grid<Contact> grid = new Grid<>();
        grid.addColumn(Contact::name).setCaption(texts.get("contact.field.name")).setSortProperty("name");
        grid.addColumn(c -> customers.of(c.customerId())).setCaption(texts.get("contact.field.customer"))
                .setSortable(false).setExpandRatio(1);
        grid.addColumn(Contact::title).setCaption(texts.get("contact.field.title")).setSortable(false);
        grid.addColumn(c -> labels.of(c.decisionRole())).setCaption(texts.get("contact.field.decisionRole"))
                .setSortable(false);
        grid.addColumn(Contact::mobile).setCaption(texts.get("contact.field.mobile")).setSortable(false);
        grid.addColumn(Contact::email).setCaption(texts.get("contact.field.email")).setSortable(false);
        grid.addColumn(c -> names.user(c.ownerUserId())).setCaption(texts.get("customer.field.owner"))
                .setSortable(false);
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.addItemClickListener(e -> context.navigate("crm/contact", String.valueOf(e.getItem().id())));
        addComponents(heading, top, grid);
        setExpandRatio(grid, 1);
        showTotal();
    }

    /** Shows how many contacts the filter keeps, or that there are more than a list shows. */
    private void showTotal() {
        total.setValue(source.totalText(texts, "contacts"));
    }

    /** Re-reads the rows and the total, e.g. after an import. */
    private void refresh() {
        source.refresh();
        showTotal();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
    /** Adds the import and XLSX export buttons of the optional transfer component to the action bar. */
    void addTransfer(ShellContext shell, TransferActions transfer) {
        actionBar.addComponents(transfer.importButton(shell, ImportKind.CONTACT, this::refresh),
                transfer.contactsXlsx(shell, source::filter));
    }
}
