package org.atrium.crm.api.customer;

import java.time.Instant;

/**
 * An org unit that serves a customer besides its owning unit (a customer served by several
 * subsidiaries). Users whose scope covers the unit see the customer.
 *
 * @param customerId the customer
 * @param unitId     the serving org unit
 * @param note       what the unit does for the customer, e.g. 华南区物流服务, or {@code null}
 * @param since      when the relationship was added
 */
public record ServiceRelationship(long customerId, long unitId, String note, Instant since) {
}
