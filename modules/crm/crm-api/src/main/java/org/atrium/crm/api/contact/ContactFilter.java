package org.atrium.crm.api.contact;

/**
 * A filter over contacts; {@code null} for "any".
 *
 * @param text       matches the start of the name, its pinyin initials, or a phone/mobile/e-mail fragment
 * @param customerId only contacts of this customer
 * @param mineOnly   only contacts the caller owns
 */
public record ContactFilter(String text, Long customerId, boolean mineOnly) {

    /** @return every contact in scope */
    public static ContactFilter all() {
        return new ContactFilter(null, null, false);
    }

    /** @return the contacts of one customer */
    public static ContactFilter ofCustomer(long customerId) {
        return new ContactFilter(null, customerId, false);
    }
}
