package org.atrium.crm.web.internal.customer;

import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;

/** Turns the filter bar of the customer list into the service's filter. */
final class CustomerFilters {

    /** The properties {@code CustomerService.search} documents as sortable. */
    static final Set<String> SORTABLE = Set.of("code", "name", "lifecycle", "tier", "createdAt", "updatedAt");

    private CustomerFilters() {
    }

    /**
     * @param text     searched in name, short name, code, credit code and pinyin initials; blank for any
     * @param stage    one lifecycle stage or {@code null}
     * @param tier     one tier or {@code null}
     * @param province exact province, blank for any
     * @param mineOnly only the caller's own customers
     */
    static CustomerFilter of(String text, LifecycleStage stage, Tier tier, String province, boolean mineOnly) {
        return of(text, stage, tier, province, mineOnly, null, null);
    }

    /**
     * @param city            exact city, blank for any
     * @param classifications the value chosen per classification dimension, dimension code to value code
     */
    static CustomerFilter of(String text, LifecycleStage stage, Tier tier, String province, boolean mineOnly,
            String city, Map<String, String> classifications) {
        return new CustomerFilter(CustomerForm.trim(text), stage == null ? null : Set.of(stage),
                tier == null ? null : Set.of(tier), null, CustomerForm.trim(province), null, null, null, mineOnly,
                CustomerForm.trim(city), classifications);
    }
}
