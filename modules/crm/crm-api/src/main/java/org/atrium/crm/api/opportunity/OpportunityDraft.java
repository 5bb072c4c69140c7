package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of an opportunity. The stage changes through {@link OpportunityService#moveStage}
 * or {@link OpportunityService#edit}; a new opportunity starts in the first open stage unless
 * {@code stageCode} names another open stage.
 *
 * @param customerId        required; a customer the caller may see
 * @param name              required, at most 200 characters
 * @param amount            required, 0 or more, at most two decimals
 * @param expectedCloseDate required
 * @param stageCode         on creation only: the starting open stage, or {@code null} for the first
 * @param competitors       the competitors (replaces the list on update), may be empty
 */
public record OpportunityDraft(long customerId, String name, BigDecimal amount, LocalDate expectedCloseDate,
        String stageCode, List<Competitor> competitors) {

    public OpportunityDraft {
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
    }
}
