/**
 * Key accounts (大客户): the Pareto (80/20) of customers by won amount, the tier distribution, customers
 * without follow-up, and the recomputation of tiers by configurable rules. Every list respects the
 * caller's data scope and carries customer ids for drill-down.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.api.keyaccount;
