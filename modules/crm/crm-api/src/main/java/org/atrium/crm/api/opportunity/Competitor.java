package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;

/**
 * A competitor on one deal.
 *
 * @param name       the competitor, e.g. 某某重工
 * @param offer      their offer in CNY, or {@code null} when unknown
 * @param strengths  what speaks for them, or {@code null}
 * @param weaknesses what speaks against them, or {@code null}
 */
public record Competitor(String name, BigDecimal offer, String strengths, String weaknesses) {
}
