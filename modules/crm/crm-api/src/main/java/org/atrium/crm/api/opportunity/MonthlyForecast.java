package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The forecast for one month of expected close dates.
 *
 * @param month          the month
 * @param openCount      open opportunities expected to close in it
 * @param openAmount     their total amount, CNY
 * @param weightedAmount their amount × probability, CNY
 * @param wonAmount      amount of opportunities won with an expected close date in the month, CNY
 */
public record MonthlyForecast(YearMonth month, int openCount, BigDecimal openAmount, BigDecimal weightedAmount,
        BigDecimal wonAmount) {
}
