package org.atrium.crm.api.opportunity;

/** What reaching a pipeline stage means. */
public enum StageKind {
    /** An open stage of the funnel. */
    OPEN,
    /** 赢单: the deal is won; the opportunity is closed. */
    WON,
    /** 输单: the deal is lost; the opportunity is closed. */
    LOST
}
