package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity (商机).
 *
 * @param id                the opportunity's id
 * @param customerId        the customer
 * @param name              what the deal is, e.g. 2025年度钢材框架采购
 * @param stageCode         the current pipeline stage
 * @param status            open, won or lost (follows the stage)
 * @param probability       the win probability of the current stage, percent
 * @param amount            the expected amount in CNY
 * @param expectedCloseDate when the deal is expected to close
 * @param competitors       the competitors on this deal
 * @param winLossReason     why it was won or lost, or {@code null}
 * @param ownerUserId       the responsible user
 * @param ownerUnitId       the owning org unit
 * @param closedAt          when it was won or lost, or {@code null}
 * @param createdAt         when it was created
 * @param updatedAt         when it was last changed
 */
public record Opportunity(long id, long customerId, String name, String stageCode, OpportunityStatus status,
        int probability, BigDecimal amount, LocalDate expectedCloseDate, List<Competitor> competitors,
        String winLossReason, long ownerUserId, long ownerUnitId, Instant closedAt, Instant createdAt,
        Instant updatedAt) {

    public Opportunity {
        competitors = List.copyOf(competitors);
    }
}
