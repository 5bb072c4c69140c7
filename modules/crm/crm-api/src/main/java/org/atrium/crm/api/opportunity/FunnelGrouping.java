package org.atrium.crm.api.opportunity;

/** How the funnel report splits its rows. */
public enum FunnelGrouping {
    /** One group: everything in scope. */
    NONE,
    /** By responsible user. */
    OWNER,
    /** By owning org unit (department). */
    DEPARTMENT,
    /** By the company (subsidiary or branch) of the owning unit. */
    SUBSIDIARY
}
