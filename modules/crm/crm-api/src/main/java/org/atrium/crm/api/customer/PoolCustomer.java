package org.atrium.crm.api.customer;

import java.time.Instant;

/**
 * A customer in the public pool.
 *
 * @param customer       the customer; its owner is {@link CustomerPoolService#NO_OWNER} and its
 *                       owning unit the company whose pool it is in
 * @param poolSince      when it went to the pool
 * @param lastActivityAt the last follow-up, or {@code null} when there never was one
 */
public record PoolCustomer(Customer customer, Instant poolSince, Instant lastActivityAt) {
}
