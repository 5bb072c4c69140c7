package org.atrium.crm.api.customer;

import java.util.Set;

/**
 * A filter over customers; every field may be {@code null} (or empty) for "any".
 *
 * @param text        matches the start of the name or short name, the code or an alias, the credit
 *                    code, or the pinyin initials (case-insensitive)
 * @param lifecycles  only these lifecycle stages
 * @param tiers       only these tiers
 * @param types       only these kinds
 * @param province    exact province
 * @param industry    exact industry
 * @param ownerUserId only customers of this owner
 * @param ownerUnitId only customers owned by this unit or a unit below it
 * @param mineOnly    only customers the caller owns
 */
public record CustomerFilter(String text, Set<LifecycleStage> lifecycles, Set<Tier> tiers, Set<CustomerType> types,
        String province, String industry, Long ownerUserId, Long ownerUnitId, boolean mineOnly) {

    public CustomerFilter {
        lifecycles = lifecycles == null ? Set.of() : Set.copyOf(lifecycles);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** @return a filter that lists every customer in scope */
    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, false);
    }

    /** @return a filter on text only */
    public static CustomerFilter text(String text) {
        return new CustomerFilter(text, null, null, null, null, null, null, null, false);
    }
}
