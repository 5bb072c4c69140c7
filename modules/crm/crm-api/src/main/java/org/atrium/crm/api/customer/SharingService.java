package org.atrium.crm.api.customer;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sharing requests after a duplicate hit: the requester asks the holder (the customer's owner) to let
 * the requester's unit serve the customer too. The owner finds pending requests among the to-dos;
 * approving adds a {@link ServiceRelationship} for the requester's unit. Every step is audited.
 */
@ProviderType
public interface SharingService {

    /**
     * Asks for sharing. Needs {@code crm.customer.view} or {@code crm.customer.create} with any scope.
     *
     * @throws org.atrium.platform.api.ValidationException without a reason, when nothing matches, when
     *         the customer is in the public pool (claim it instead), when the caller's unit already owns or
     *         serves it, or when the caller has a pending request for it
     * @throws org.atrium.platform.api.NotFoundException for a {@code customerId} the caller does not see
     */
    SharingRequest request(UserContext caller, SharingRequestDraft draft);

    /**
     * Requests on customers the caller may edit (as owner, or by scope of {@code crm.customer.edit}),
     * newest first.
     */
    List<SharingRequest> incoming(UserContext caller, boolean pendingOnly, PageRequest page);

    /** The caller's own requests, newest first. */
    List<SharingRequest> outgoing(UserContext caller, PageRequest page);

    /**
     * Requests on one customer, newest first: every request, whoever asked, for a caller who sees the
     * customer with {@code crm.customer.view} (its owner, a serving unit, or a scope over the owning unit).
     *
     * @param pendingOnly only requests still waiting for a decision
     * @throws org.atrium.platform.api.NotFoundException for a customer the caller does not see
     * @since 1.2
     */
    List<SharingRequest> forCustomer(UserContext caller, long customerId, boolean pendingOnly, PageRequest page);

    /** Approves a pending request: the requester's unit becomes a serving unit. Needs {@code crm.customer.edit} on the customer. */
    SharingRequest approve(UserContext caller, long requestId, String note);

    /** Declines a pending request. Needs {@code crm.customer.edit} on the customer. */
    SharingRequest decline(UserContext caller, long requestId, String note);
}
