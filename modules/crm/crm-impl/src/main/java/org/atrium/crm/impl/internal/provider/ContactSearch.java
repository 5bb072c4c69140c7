package org.atrium.crm.impl.internal.provider;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Global search over contacts: name prefix, pinyin initials, phone or mobile prefix. */
@Component(service = SearchProvider.class)
public final class ContactSearch implements SearchProvider {

    /** The view that opens a contact; provided by the CRM web bundle. */
    static final String CONTACT_VIEW = "crm/contact";

    private final ContactService contacts;
    private final AccessService access;
    private final Texts texts = new Texts();

    @Activate
    public ContactSearch(@Reference ContactService contacts, @Reference AccessService access) {
        this.contacts = contacts;
        this.access = access;
    }

    @Override
    public String id() {
        return "crm.contact";
    }

    @Override
    public String label(Locale locale) {
        return texts.get(locale, "search.contacts");
    }

    @Override
    public List<SearchHit> search(UserContext user, String text, int limit) {
        if (text == null || text.isBlank() || limit < 1 || !access.isPermitted(user, CrmPermissions.CONTACT_VIEW)) {
            return List.of();
        }
        return contacts.search(user, new ContactFilter(text, null, false), new PageRequest(0, Math.min(limit, 50), "name", true))
                .stream().map(c -> new SearchHit(c.name(), c.mobile() != null ? c.mobile() : c.phone(), CONTACT_VIEW,
                        String.valueOf(c.id())))
                .toList();
    }
}
