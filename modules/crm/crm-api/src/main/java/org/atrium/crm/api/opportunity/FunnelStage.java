package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;

/**
 * One open stage of a funnel.
 *
 * @param stageCode      the stage
 * @param stageName      its name in the caller's language
 * @param probability    the stage's probability in percent
 * @param count          open opportunities currently in the stage
 * @param amount         their total amount, CNY
 * @param weightedAmount their amount × probability, CNY
 * @param reached        opportunities (open, won or lost) that reached this stage or a later one
 * @param conversionRate share of those that went on to the next stage (or won, for the last open
 *                       stage), 0 to 1; {@code null} when none reached the stage
 */
public record FunnelStage(String stageCode, String stageName, int probability, int count, BigDecimal amount,
        BigDecimal weightedAmount, int reached, Double conversionRate) {
}
