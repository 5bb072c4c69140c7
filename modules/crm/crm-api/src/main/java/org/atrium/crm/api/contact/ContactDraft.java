package org.atrium.crm.api.contact;

/**
 * The editable fields of a contact.
 *
 * @param customerId   required; a customer the caller may see
 * @param name         required, at most 100 characters
 * @param title        optional
 * @param department   optional
 * @param decisionRole optional
 * @param mobile       optional; 11 digits starting with 1 (spaces, dashes and a +86 prefix are removed)
 * @param phone        optional; a landline such as {@code 021-12345678} or {@code 0755-1234567-801}
 * @param email        optional; a syntactically valid address
 * @param relationship optional, 1 to 5
 * @param note         optional, at most 2000 characters
 */
public record ContactDraft(long customerId, String name, String title, String department, DecisionRole decisionRole,
        String mobile, String phone, String email, Integer relationship, String note) {

    /** @return a draft with the customer, name and mobile only */
    public static ContactDraft of(long customerId, String name, String mobile) {
        return new ContactDraft(customerId, name, null, null, null, mobile, null, null, null, null);
    }
}
