package org.atrium.crm.web.internal.contact;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/** Creates a contact for a customer or edits one; phone and e-mail are validated by the service. */
final class ContactDialog {

    private final ShellContext context;
    private final Texts texts;
    private final ContactService contacts;
    private final long customerId;
    private final Contact editing;
    private final FormDialog dialog;
    private final TextField name;
    private final TextField title;
    private final TextField department;
    private final ComboBox<DecisionRole> role;
    private final TextField mobile;
    private final TextField phone;
    private final TextField email;
    private final ComboBox<Integer> relationship;
    private final TextArea note;

    /** @param editing the contact to edit, or {@code null} for a new one */
    ContactDialog(ShellContext context, Texts texts, ContactService contacts, long customerId, Contact editing) {
        this.context = context;
        this.texts = texts;
        this.contacts = contacts;
        this.customerId = customerId;
        this.editing = editing;
        name = field("contact.field.name");
        title = field("contact.field.title");
        department = field("contact.field.department");
        role = new ComboBox<>(texts.get("contact.field.decisionRole"), Arrays.asList(DecisionRole.values()));
        role.setItemCaptionGenerator(new Labels(texts)::of);
        role.setWidth("100%");
        mobile = field("contact.field.mobile");
        phone = field("contact.field.phone");
        email = field("contact.field.email");
        relationship = new ComboBox<>(texts.get("contact.field.relationship"), List.of(1, 2, 3, 4, 5));
        relationship.setItemCaptionGenerator(i -> "★".repeat(i));
        relationship.setWidth("100%");
        note = new TextArea(texts.get("contact.field.note"));
        note.setWidth("100%");
        note.setRows(3);
        dialog = new FormDialog(texts.locale(), texts.get(editing == null ? "contact.create" : "contact.edit"), "560px");
        dialog.errors().bind(name, "name").bind(title, "title").bind(department, "department")
                .bind(role, "decisionRole").bind(mobile, "mobile").bind(phone, "phone").bind(email, "email")
                .bind(relationship, "relationship").bind(note, "note");
        FormLayout form = new FormLayout(name, title, department, role, mobile, phone, email, relationship, note);
        form.setWidth("100%");
        dialog.body(form);
        show(editing == null ? ContactForm.empty() : ContactForm.of(editing));
    }

    /** Opens the dialog; {@code saved} gets the stored contact. */
    void open(Consumer<Contact> saved) {
        dialog.onSave(texts.get("common.save"), () -> {
            ContactForm form = read();
            Contact stored = new ServiceCall(context).get(() -> editing == null
                    ? contacts.create(context.user(), form.toDraft(customerId))
                    : contacts.update(context.user(), editing.id(), form.toDraft(editing.customerId())),
                    dialog.errors()::show);
            if (stored != null) {
                context.notify(texts.get("common.saved"));
                saved.accept(stored);
            }
            return stored != null;
        }).open(context.ui());
    }

    private void show(ContactForm f) {
        name.setValue(f.name());
        title.setValue(f.title());
        department.setValue(f.department());
        role.setValue(f.decisionRole());
        mobile.setValue(f.mobile());
        phone.setValue(f.phone());
        email.setValue(f.email());
        relationship.setValue(f.relationship());
        note.setValue(f.note());
    }

    private ContactForm read() {
        return new ContactForm(name.getValue(), title.getValue(), department.getValue(), role.getValue(),
                mobile.getValue(), phone.getValue(), email.getValue(), relationship.getValue(), note.getValue());
    }

    private TextField field(String key) {
        TextField field = new TextField(texts.get(key));
        field.setWidth("100%");
        return field;
    }
}
