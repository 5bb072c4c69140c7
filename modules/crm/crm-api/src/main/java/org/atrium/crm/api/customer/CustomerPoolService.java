package org.atrium.crm.api.customer;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The public pool (公海). A customer nobody has followed up for a number of days (configurable per
 * company) returns to the pool of its company: its owner is cleared ({@link #NO_OWNER}) and its
 * owning unit becomes the company (subsidiary or branch) of the former owning unit. Salespeople of
 * that company claim customers from the pool, up to a configurable number of customers they may
 * hold. Every move (return, release, claim) is audited.
 *
 * <p>A user sees the pool of their own company (of their primary unit) and the pools of the
 * companies inside their scope of {@code crm.customer.view}.
 */
@ProviderType
public interface CustomerPoolService {

    /** The {@link Customer#ownerUserId()} of a customer in the pool. */
    long NO_OWNER = 0L;

    /**
     * Lists the pool customers the caller sees; the filter's owner fields are ignored. Sortable by
     * {@code poolSince} (default, newest first), {@code name}, {@code lastActivityAt}.
     *
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.customer.view}
     */
    List<PoolCustomer> poolCustomers(UserContext caller, CustomerFilter filter, PageRequest page);

    /** @return the number of rows {@link #poolCustomers} would return without paging */
    int countPool(UserContext caller, CustomerFilter filter);

    /**
     * Claims a customer from a pool the caller sees: the caller becomes its owner and the caller's
     * primary unit its owning unit. Needs {@code crm.customer.edit} with any scope.
     *
     * @throws org.atrium.platform.api.NotFoundException when the customer is not in a pool the caller sees
     * @throws org.atrium.platform.api.ValidationException when the caller already holds as many
     *         customers as the limit allows, or someone else claimed it first
     */
    Customer claim(UserContext caller, long customerId);

    /**
     * Gives a customer back to the pool of its company before its time is up. Needs
     * {@code crm.customer.edit} on the customer.
     *
     * @throws org.atrium.platform.api.ValidationException when it is in the pool already
     */
    Customer releaseToPool(UserContext caller, long customerId);

    /**
     * @param unitId any org unit
     * @return the days without follow-up after which customers owned in that unit's company return to
     *         the pool; {@code 0} when the company has no automatic return
     */
    int poolDays(long unitId);

    /** @return how many customers one user may hold for a claim to succeed; {@code 0} for no limit */
    int claimLimit();
}
