package org.atrium.crm.web.internal.contact;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.OptionalLong;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.DetailHeader;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Params;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.activity.Timeline;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** One contact: facts, edit, a link to the customer and the activities that named the contact. */
final class ContactDetailView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient ContactService contacts;
    private final transient ActivityService activities;
    private final transient CustomerNames customers;
    private final transient Directory names;

    ContactDetailView(ShellContext context, Texts texts, ContactService contacts, ActivityService activities,
            CustomerNames customers, Directory names) {
        this.context = context;
        this.texts = texts;
        this.contacts = contacts;
        this.activities = activities;
        this.customers = customers;
        this.names = names;
        setWidth("100%");
    }

    @Override
    public void enter(ViewChangeEvent event) {
        show(Params.id(event.getParameters()));
    }

    void show(OptionalLong id) {
        removeAllComponents();
        Contact contact = id.isPresent()
                ? new ServiceCall(context).get(() -> contacts.get(context.user(), id.getAsLong()), null) : null;
        if (contact == null) {
            Label missing = new Label(texts.get("contact.notFound"));
            missing.addStyleName(ValoTheme.LABEL_LIGHT);
            addComponent(missing);
            return;
        }
        Labels labels = new Labels(texts);
        DetailHeader header = new DetailHeader(contact.name())
                .fact(texts.get("contact.field.customer"), customers.of(contact.customerId()))
                .fact(texts.get("contact.field.title"), contact.title())
                .fact(texts.get("contact.field.department"), contact.department())
                .fact(texts.get("contact.field.decisionRole"), labels.of(contact.decisionRole()))
                .fact(texts.get("contact.field.mobile"), contact.mobile())
                .fact(texts.get("contact.field.phone"), contact.phone())
                .fact(texts.get("contact.field.email"), contact.email())
                .fact(texts.get("contact.field.relationship"),
                        contact.relationship() == null ? null : "★".repeat(contact.relationship()))
                .fact(texts.get("customer.field.owner"), names.user(contact.ownerUserId()));
        Button customer = new Button(texts.get("contact.openCustomer"),
                e -> context.navigate("crm/customer", String.valueOf(contact.customerId())));
        customer.setIcon(VaadinIcons.BUILDING);
        Button edit = new Button(texts.get("common.edit"), e -> new ContactDialog(context, texts, contacts,
                contact.customerId(), contact).open(c -> show(OptionalLong.of(c.id()))));
        edit.setIcon(VaadinIcons.EDIT);
        edit.setVisible(context.isPermitted(CrmPermissions.CONTACT_EDIT));
        addComponents(header, new HorizontalLayout(customer, edit));
        if (contact.note() != null) {
            Label note = new Label(contact.note());
            note.setWidth("100%");
            addComponent(note);
        }
        if (context.isPermitted(CrmPermissions.ACTIVITY_VIEW)) {
            Label heading = new Label(texts.get("timeline.title"));
            heading.addStyleName(ValoTheme.LABEL_H4);
            addComponents(heading, new Timeline(context, texts, activities, names,
                    new ActivityFilter(null, null, contact.id(), null, null, false, false)));
        }
    }
}
