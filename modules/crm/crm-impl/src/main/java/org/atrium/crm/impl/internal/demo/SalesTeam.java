package org.atrium.crm.impl.internal.demo;

import java.util.List;

/**
 * The sales force of one demo subsidiary: who owns its demo customers.
 *
 * @param companyId   the subsidiary's unit id (owner of its public pool)
 * @param companyCode the subsidiary's unit code, e.g. {@code EAST}, which picks the sales region
 * @param reps        the salespeople with their primary (sales) unit; not empty
 */
record SalesTeam(long companyId, String companyCode, List<Rep> reps) {

    SalesTeam {
        reps = List.copyOf(reps);
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("a sales team needs at least one rep");
        }
    }

    /** A salesperson and the unit their customers belong to. */
    record Rep(long userId, long unitId) {
    }
}
