/**
 * Opportunities (商机): a configurable pipeline with probabilities, competitors per deal, win/loss
 * reasons, and the funnel report (销售漏斗) with stage-to-stage conversion and weighted forecast.
 *
 * <p>1.2: {@link org.atrium.crm.api.opportunity.OpportunityService#countUpTo} (a count that stops at a limit).
 * <p>1.3: {@link org.atrium.crm.api.opportunity.OpportunityService#stageTotals} and
 * {@link org.atrium.crm.api.opportunity.StageTotal} (count and amount per stage in one query, for the kanban).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.atrium.crm.api.opportunity;
