package org.atrium.crm.api.customer;

import java.time.Instant;

/**
 * A sharing request as the requester or the holder sees it.
 *
 * @param id              the request's id
 * @param customerId      the customer, or {@code null} while the caller may not see it
 * @param customerName    its name, or {@code null} while the caller may not see it
 * @param holderCompany   the company holding the customer
 * @param holderOwnerName the owner asked to decide
 * @param requesterUserId who asked
 * @param requesterName   the requester's name
 * @param requesterUnitId the unit that would serve the customer (the requester's primary unit)
 * @param reason          why
 * @param status          pending, approved or declined
 * @param decisionNote    the holder's note, or {@code null}
 * @param createdAt       when it was asked
 * @param decidedAt       when it was decided, or {@code null}
 */
public record SharingRequest(long id, Long customerId, String customerName, String holderCompany,
        String holderOwnerName, long requesterUserId, String requesterName, long requesterUnitId, String reason,
        SharingStatus status, String decisionNote, Instant createdAt, Instant decidedAt) {
}
