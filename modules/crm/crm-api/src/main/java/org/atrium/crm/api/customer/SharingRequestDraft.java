package org.atrium.crm.api.customer;

/**
 * A request to share a customer that another unit holds, typically right after a duplicate hit
 * (撞单). Either the customer's id (when the requester may see it) or the name and credit code that
 * hit the duplicate check: the service repeats the group-wide check and asks the holder of the best
 * match, without telling the requester more than {@link DuplicateMatch} did.
 *
 * @param customerId a customer the caller sees, or {@code null}
 * @param name       the name that was entered, used when {@code customerId} is {@code null}
 * @param creditCode the credit code that was entered, or {@code null}
 * @param reason     why the requester's unit should serve the customer; required, at most 500 characters
 */
public record SharingRequestDraft(Long customerId, String name, String creditCode, String reason) {

    /** @return a request for a customer found by the duplicate check of this name and credit code */
    public static SharingRequestDraft forMatch(String name, String creditCode, String reason) {
        return new SharingRequestDraft(null, name, creditCode, reason);
    }
}
