package org.atrium.crm.api.keyaccount;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Pareto (80/20) of the customers in the caller's scope by amount won in the last twelve months.
 *
 * @param totalWon              won by all of them, CNY
 * @param customers             customers with anything won
 * @param customersFor80Percent how many of the largest customers make up 80 % of the total
 * @param a1Cut                 the cumulative share up to which customers are A1 (configured)
 * @param a2Cut                 the cumulative share up to which customers are A2 (configured)
 * @param a1Count               customers inside the A1 cut
 * @param a2Count               customers inside the A2 cut (and not A1)
 * @param rows                  the requested page of the list, largest first
 */
public record ParetoReport(BigDecimal totalWon, int customers, int customersFor80Percent, double a1Cut, double a2Cut,
        int a1Count, int a2Count, List<ParetoRow> rows) {

    public ParetoReport {
        rows = List.copyOf(rows);
    }
}
