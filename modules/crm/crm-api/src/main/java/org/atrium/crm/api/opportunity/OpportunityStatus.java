package org.atrium.crm.api.opportunity;

/** Whether an opportunity is still in play. Follows the {@link StageKind} of its stage. */
public enum OpportunityStatus {
    /** In progress. */
    OPEN,
    /** 赢单. */
    WON,
    /** 输单. */
    LOST
}
