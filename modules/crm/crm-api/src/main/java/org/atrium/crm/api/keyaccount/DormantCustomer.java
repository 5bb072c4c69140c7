package org.atrium.crm.api.keyaccount;

import java.time.Instant;

import org.atrium.crm.api.customer.Customer;

/**
 * A customer nobody has followed up for a while.
 *
 * @param customer            the customer
 * @param lastActivityAt      the last follow-up, or {@code null} for none ever
 * @param daysWithoutFollowUp days since the last follow-up (or since registration when there was none)
 */
public record DormantCustomer(Customer customer, Instant lastActivityAt, long daysWithoutFollowUp) {
}
