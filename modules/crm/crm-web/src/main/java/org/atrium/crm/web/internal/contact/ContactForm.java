package org.atrium.crm.web.internal.contact;

import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.DecisionRole;

/** What the contact form holds, as typed; blank text becomes {@code null}, the service validates. */
record ContactForm(String name, String title, String department, DecisionRole decisionRole, String mobile,
        String phone, String email, Integer relationship, String note) {

    static ContactForm empty() {
        return new ContactForm("", "", "", null, "", "", "", null, "");
    }

    static ContactForm of(Contact c) {
        return new ContactForm(c.name(), nz(c.title()), nz(c.department()), c.decisionRole(), nz(c.mobile()),
                nz(c.phone()), nz(c.email()), c.relationship(), nz(c.note()));
    }

    ContactDraft toDraft(long customerId) {
        return new ContactDraft(customerId, trim(name), trim(title), trim(department), decisionRole, trim(mobile),
                trim(phone), trim(email), relationship, trim(note));
    }

    private static String trim(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
