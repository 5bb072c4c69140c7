package org.atrium.crm.api.lead;

import java.util.Set;

/**
 * A filter over leads; {@code null}/empty for "any".
 *
 * @param text        contained in company or contact name, or the start of mobile/e-mail
 * @param statuses    only these statuses
 * @param channel     only this channel
 * @param overdueOnly only open leads whose follow-up deadline has passed
 * @param mineOnly    only leads the caller owns
 * @param customerId  only leads linked to this customer (converted into it, {@link Lead#convertedCustomerId()}),
 *                    or {@code null}; the caller's lead scope still applies
 * @since 1.1
 */
public record LeadFilter(String text, Set<LeadStatus> statuses, SourceChannel channel, boolean overdueOnly,
        boolean mineOnly, Long customerId) {

    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A filter over any customer (the 1.0 form). */
    public LeadFilter(String text, Set<LeadStatus> statuses, SourceChannel channel, boolean overdueOnly,
            boolean mineOnly) {
        this(text, statuses, channel, overdueOnly, mineOnly, null);
    }

    /** @return every lead in scope */
    public static LeadFilter all() {
        return new LeadFilter(null, null, null, false, false, null);
    }

    /**
     * @return every lead in scope linked to the customer (converted into it)
     * @since 1.1
     */
    public static LeadFilter ofCustomer(long customerId) {
        return new LeadFilter(null, null, null, false, false, customerId);
    }

    /**
     * @return this filter restricted to leads linked to the customer
     * @since 1.1
     */
    public LeadFilter withCustomer(Long customer) {
        return new LeadFilter(text, statuses, channel, overdueOnly, mineOnly, customer);
    }
}
