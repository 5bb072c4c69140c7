package org.atrium.crm.api.customer;

/** Where a sharing request stands. */
public enum SharingStatus {
    /** Waiting for the holder. */
    PENDING,
    /** Approved: the requester's unit now serves the customer. */
    APPROVED,
    /** Declined by the holder. */
    DECLINED
}
