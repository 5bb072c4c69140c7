package org.atrium.crm.api.contact;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Contacts. A contact is scoped by its own owner (user and unit) under {@code crm.contact.*}; it is
 * created for a customer the caller may see and owned by the caller.
 */
@ProviderType
public interface ContactService {

    /** Sortable by {@code name}, {@code createdAt}, {@code updatedAt}; default by name. */
    List<Contact> search(UserContext caller, ContactFilter filter, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, ContactFilter filter);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Contact get(UserContext caller, long contactId);

    /** Creates a contact owned by the caller. */
    Contact create(UserContext caller, ContactDraft draft);

    /** Changes a contact (it may move to another customer the caller sees). */
    Contact update(UserContext caller, long contactId, ContactDraft draft);

    /** Deletes a contact; activities that named it keep their text but lose the link. */
    void delete(UserContext caller, long contactId);
}
