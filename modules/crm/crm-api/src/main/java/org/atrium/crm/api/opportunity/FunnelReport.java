package org.atrium.crm.api.opportunity;

import java.util.List;

/**
 * The funnel report (销售漏斗) over the opportunities in the caller's scope.
 *
 * @param query  what was asked
 * @param total  everything in the report as one group
 * @param groups one funnel per group, by name; empty for {@link FunnelGrouping#NONE}
 */
public record FunnelReport(FunnelQuery query, FunnelGroup total, List<FunnelGroup> groups) {

    public FunnelReport {
        groups = List.copyOf(groups);
    }
}
