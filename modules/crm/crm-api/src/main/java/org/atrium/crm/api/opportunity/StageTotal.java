package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;

/**
 * The opportunities of one pipeline stage, counted and summed: a kanban column's total, however many of
 * its cards are shown.
 *
 * @param stageCode the stage
 * @param count     the number of opportunities in the stage
 * @param amount    the sum of their amounts, CNY; an opportunity without an amount counts as zero, so never
 *                  {@code null}
 * @since 1.3
 */
public record StageTotal(String stageCode, int count, BigDecimal amount) {
}
