package org.atrium.crm.api.lead;

import java.util.Set;

/**
 * A filter over leads; {@code null}/empty for "any".
 *
 * @param text        contained in company or contact name, or the start of mobile/e-mail
 * @param statuses    only these statuses
 * @param channel     only this channel
 * @param overdueOnly only open leads whose follow-up deadline has passed
 * @param mineOnly    only leads the caller owns
 */
public record LeadFilter(String text, Set<LeadStatus> statuses, SourceChannel channel, boolean overdueOnly,
        boolean mineOnly) {

    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** @return every lead in scope */
    public static LeadFilter all() {
        return new LeadFilter(null, null, null, false, false);
    }
}
