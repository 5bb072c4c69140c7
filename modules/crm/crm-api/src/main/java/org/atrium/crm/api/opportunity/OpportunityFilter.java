package org.atrium.crm.api.opportunity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter over opportunities; {@code null}/empty for "any".
 *
 * @param text        contained in the opportunity name
 * @param customerId  only this customer's
 * @param stageCodes  only these stages
 * @param statuses    only these statuses
 * @param closeFrom   expected close date on or after
 * @param closeTo     expected close date on or before
 * @param ownerUnitId only opportunities owned by this unit or below
 * @param mineOnly    only the caller's own
 */
public record OpportunityFilter(String text, Long customerId, Set<String> stageCodes, Set<OpportunityStatus> statuses,
        LocalDate closeFrom, LocalDate closeTo, Long ownerUnitId, boolean mineOnly) {

    public OpportunityFilter {
        stageCodes = stageCodes == null ? Set.of() : Set.copyOf(stageCodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** @return every opportunity in scope */
    public static OpportunityFilter all() {
        return new OpportunityFilter(null, null, null, null, null, null, null, false);
    }
}
