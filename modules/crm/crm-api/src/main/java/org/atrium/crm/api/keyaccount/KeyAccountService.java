package org.atrium.crm.api.keyaccount;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Key accounts (大客户). Amounts are the won opportunities closed in the last twelve months; the
 * tier rules (thresholds on that amount) and the Pareto cuts are configured by the administrator.
 */
@ProviderType
public interface KeyAccountService {

    /**
     * The Pareto of customers by won amount: opportunities in the caller's scope of
     * {@code crm.opportunity.view}, of customers in the scope of {@code crm.customer.view}.
     *
     * @param page which rows of the list to return (the summary always covers all)
     */
    ParetoReport pareto(UserContext caller, PageRequest page);

    /** @return the tiers of the customers in the caller's scope of {@code crm.customer.view} */
    TierDistribution tierDistribution(UserContext caller);

    /**
     * Customers in the caller's scope (not in the public pool) without any follow-up for at least
     * {@code days} days, longest first.
     */
    List<DormantCustomer> dormant(UserContext caller, int days, PageRequest page);

    /** @return the number of rows {@link #dormant} would return without paging */
    int countDormant(UserContext caller, int days);

    /**
     * Sets the tier of every customer the caller may edit ({@code crm.customer.edit}) from the tier
     * rules and the amount the customer was won for in the last twelve months, group-wide. Audited.
     */
    TierRecomputeResult recomputeTiers(UserContext caller);
}
