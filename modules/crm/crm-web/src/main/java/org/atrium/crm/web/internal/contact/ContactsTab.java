package org.atrium.crm.web.internal.contact;

import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.VerticalLayout;

/** The contacts tab of the customer 360 page, contributed through the page's own extension point. */
@Component(service = CustomerTabContribution.class)
public class ContactsTab implements CustomerTabContribution {

    private final ContactService contacts;

    @Activate
    public ContactsTab(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String id() {
        return "crm.contacts";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("customer360.tab.contacts");
    }

    @Override
    public int order() {
        return CONTACTS_ORDER;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CONTACT_VIEW;
    }

    @Override
    public com.vaadin.ui.Component createTab(ShellContext context, long customerId) {
        Texts texts = Texts.of(context.locale());
        LazySource<Contact, ContactFilter> source = new LazySource<>((f, p) -> contacts.search(context.user(), f, p),
                f -> contacts.count(context.user(), f), Set.of("name", "createdAt", "updatedAt"),
                ContactFilter.ofCustomer(customerId), context::showError);
        Grid<Contact> grid = new Grid<>();
        Labels labels = new Labels(texts);
        grid.addComponentColumn(c -> link(context, c)).setCaption(texts.get("contact.field.name"))
                .setSortProperty("name");
        grid.addColumn(Contact::title).setCaption(texts.get("contact.field.title")).setSortable(false);
        grid.addColumn(c -> labels.of(c.decisionRole())).setCaption(texts.get("contact.field.decisionRole"))
                .setSortable(false);
        grid.addColumn(Contact::mobile).setCaption(texts.get("contact.field.mobile")).setSortable(false);
        grid.addColumn(Contact::email).setCaption(texts.get("contact.field.email")).setSortable(false);
        grid.addColumn(c -> c.relationship() == null ? "" : "★".repeat(c.relationship()))
                .setCaption(texts.get("contact.field.relationship")).setSortable(false);
        grid.setDataProvider(source.dataProvider());
        grid.setWidth("100%");
        grid.setHeightByRows(8);
        boolean mayEdit = context.isPermitted(CrmPermissions.CONTACT_EDIT);
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick() && mayEdit) {
                new ContactDialog(context, texts, contacts, customerId, e.getItem()).open(c -> source.refresh());
            }
        });
        Button add = new Button(texts.get("contact.create"),
                e -> new ContactDialog(context, texts, contacts, customerId, null).open(c -> source.refresh()));
        add.setIcon(VaadinIcons.PLUS);
        add.setVisible(context.isPermitted(CrmPermissions.CONTACT_CREATE));
        VerticalLayout body = new VerticalLayout(add, grid);
        body.setMargin(false);
        return body;
    }

    /** @return the contact's name as a link to its detail page */
    static Button link(ShellContext context, Contact contact) {
        Button link = new Button(contact.name(), e -> context.navigate("crm/contact", String.valueOf(contact.id())));
        link.addStyleNames(com.vaadin.ui.themes.ValoTheme.BUTTON_LINK, com.vaadin.ui.themes.ValoTheme.BUTTON_SMALL);
        return link;
    }
}
