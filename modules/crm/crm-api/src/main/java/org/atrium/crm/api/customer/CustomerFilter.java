package org.atrium.crm.api.customer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A filter over customers; every field may be {@code null} (or empty) for "any".
 *
 * @param text            matches the start of the name or short name, the code or an alias, the credit
 *                        code, or the pinyin initials (case-insensitive)
 * @param lifecycles      only these lifecycle stages
 * @param tiers           only these tiers
 * @param types           only these kinds
 * @param province        exact province
 * @param industry        exact industry
 * @param ownerUserId     only customers of this owner
 * @param ownerUnitId     only customers owned by this unit or a unit below it
 * @param mineOnly        only customers the caller owns
 * @param city            exact city
 * @param classifications only customers holding every one of these classification values, dimension
 *                        code to value code (entries with a blank value are ignored); an unknown code
 *                        matches nothing
 */
public record CustomerFilter(String text, Set<LifecycleStage> lifecycles, Set<Tier> tiers, Set<CustomerType> types,
        String province, String industry, Long ownerUserId, Long ownerUnitId, boolean mineOnly, String city,
        Map<String, String> classifications) {

    public CustomerFilter {
        lifecycles = lifecycles == null ? Set.of() : Set.copyOf(lifecycles);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
        types = types == null ? Set.of() : Set.copyOf(types);
        Map<String, String> chosen = new LinkedHashMap<>();
        if (classifications != null) {
            classifications.forEach((dimension, value) -> {
                if (dimension != null && value != null && !value.isBlank()) {
                    chosen.put(dimension, value.strip());
                }
            });
        }
        classifications = Map.copyOf(chosen);
    }

    /** A filter without city and classification conditions (the form of version 1.1 of this package). */
    public CustomerFilter(String text, Set<LifecycleStage> lifecycles, Set<Tier> tiers, Set<CustomerType> types,
            String province, String industry, Long ownerUserId, Long ownerUnitId, boolean mineOnly) {
        this(text, lifecycles, tiers, types, province, industry, ownerUserId, ownerUnitId, mineOnly, null, null);
    }

    /** @return a filter that lists every customer in scope */
    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, false);
    }

    /** @return a filter on text only */
    public static CustomerFilter text(String text) {
        return new CustomerFilter(text, null, null, null, null, null, null, null, false);
    }

    /** @return this filter with another city */
    public CustomerFilter withCity(String newCity) {
        return new CustomerFilter(text, lifecycles, tiers, types, province, industry, ownerUserId, ownerUnitId,
                mineOnly, newCity, classifications);
    }

    /** @return this filter with other classification conditions (dimension code to value code) */
    public CustomerFilter withClassifications(Map<String, String> values) {
        return new CustomerFilter(text, lifecycles, tiers, types, province, industry, ownerUserId, ownerUnitId,
                mineOnly, city, values);
    }
}
