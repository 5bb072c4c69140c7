package org.atrium.crm.api.contact;

import java.util.List;
import java.util.Map;

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

    /**
     * Counts like {@link #count} (the same filter and data scope) but stops at {@code atMost}, for a list that
     * shows "more than N" rather than counting a large scope row by row (a group with a million customers holds
     * several million contacts).
     *
     * @param atMost the largest count wanted; 0 or less gives 0
     * @return the number of rows, or {@code atMost} when there are at least that many
     * @since 1.2
     */
    int countUpTo(UserContext caller, ContactFilter filter, int atMost);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Contact get(UserContext caller, long contactId);

    /** Creates a contact owned by the caller. */
    Contact create(UserContext caller, ContactDraft draft);

    /** Changes a contact (it may move to another customer the caller sees). */
    Contact update(UserContext caller, long contactId, ContactDraft draft);

    /**
     * Checks a draft with the field rules {@link #create} and {@link #update} apply (name required, lengths,
     * mobile, landline and e-mail formats, relationship 1 to 5), without writing anything. It does not
     * look at the customer: whether the caller sees it is checked when the contact is written.
     *
     * @return the errors by field name ({@code name}, {@code mobile}, {@code phone}, {@code email},
     *         {@code relationship}, {@code title}, {@code department}, {@code note}), each a message in the
     *         caller's language, in the order the rules run; empty when the fields are valid
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.contact.create} or
     *         {@code crm.contact.edit}
     * @since 1.1
     */
    Map<String, String> validate(UserContext caller, ContactDraft draft);

    /** Deletes a contact; activities that named it keep their text but lose the link. */
    void delete(UserContext caller, long contactId);
}
