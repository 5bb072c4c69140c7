package org.atrium.crm.api.activity;

import java.time.Instant;

/**
 * A filter over activities; {@code null} for "any".
 *
 * @param customerId    only this customer's (the 360 timeline)
 * @param opportunityId only this opportunity's
 * @param contactId     only this contact's
 * @param from          occurred at or after
 * @param to            occurred before
 * @param openNextStepsOnly only activities with a next step not yet done
 * @param mineOnly      only the caller's own
 */
public record ActivityFilter(Long customerId, Long opportunityId, Long contactId, Instant from, Instant to,
        boolean openNextStepsOnly, boolean mineOnly) {

    /** @return every activity in scope */
    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, null, false, false);
    }

    /** @return the timeline of one customer */
    public static ActivityFilter ofCustomer(long customerId) {
        return new ActivityFilter(customerId, null, null, null, null, false, false);
    }
}
