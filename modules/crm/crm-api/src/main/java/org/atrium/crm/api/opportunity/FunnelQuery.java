package org.atrium.crm.api.opportunity;

import java.time.LocalDate;

/**
 * What the funnel report covers.
 *
 * @param closeFrom   expected close date on or after, or {@code null}
 * @param closeTo     expected close date on or before, or {@code null}
 * @param ownerUnitId only opportunities owned by this unit or below, or {@code null}
 * @param grouping    how to split the report
 */
public record FunnelQuery(LocalDate closeFrom, LocalDate closeTo, Long ownerUnitId, FunnelGrouping grouping) {
}
