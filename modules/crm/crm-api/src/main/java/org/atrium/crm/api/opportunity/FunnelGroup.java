package org.atrium.crm.api.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The funnel of one group (one owner, department or subsidiary; or everything).
 *
 * @param groupId    the user or unit id, {@code null} for {@link FunnelGrouping#NONE}
 * @param groupName  the user's or unit's name, or {@code null}
 * @param stages     the open stages in order
 * @param wonCount   won opportunities
 * @param wonAmount  their amount, CNY
 * @param lostCount  lost opportunities
 * @param winRate    won / (won + lost), or {@code null} when none closed
 * @param forecast   the weighted forecast by month of expected close, ascending
 */
public record FunnelGroup(Long groupId, String groupName, List<FunnelStage> stages, int wonCount,
        BigDecimal wonAmount, int lostCount, Double winRate, List<MonthlyForecast> forecast) {

    public FunnelGroup {
        stages = List.copyOf(stages);
        forecast = List.copyOf(forecast);
    }
}
