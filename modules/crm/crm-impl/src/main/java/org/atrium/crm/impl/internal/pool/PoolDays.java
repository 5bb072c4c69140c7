package org.atrium.crm.impl.internal.pool;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The days without follow-up per company: a default and {@code <unit code>=<days>} overrides. */
record PoolDays(int defaultDays, Map<String, Integer> byCompanyCode) {

    PoolDays {
        if (defaultDays < 0) {
            throw new IllegalArgumentException("poolDays must be 0 or more");
        }
        byCompanyCode = Map.copyOf(byCompanyCode);
    }

    /**
     * @param overrides entries {@code <unit code>=<days>}; blank entries are skipped
     * @throws IllegalArgumentException for a malformed entry or negative days
     */
    static PoolDays parse(int defaultDays, String[] overrides) {
        Map<String, Integer> map = new HashMap<>();
        for (String entry : overrides == null ? new String[0] : overrides) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected <unit code>=<days>: " + entry);
            }
            int days;
            try {
                days = Integer.parseInt(entry.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected <unit code>=<days>: " + entry, e);
            }
            if (days < 0) {
                throw new IllegalArgumentException("days must be 0 or more: " + entry);
            }
            map.put(entry.substring(0, eq).strip().toUpperCase(Locale.ROOT), days);
        }
        return new PoolDays(defaultDays, map);
    }

    /** @return the days for the company with this unit code; 0 means no automatic return */
    int forCompany(String unitCode) {
        return byCompanyCode.getOrDefault(unitCode == null ? "" : unitCode.toUpperCase(Locale.ROOT), defaultDays);
    }
}
