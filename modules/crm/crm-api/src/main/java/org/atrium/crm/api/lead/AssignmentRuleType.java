package org.atrium.crm.api.lead;

/** How an assignment rule picks leads. */
public enum AssignmentRuleType {
    /** Leads whose province (or city) equals the rule's value. */
    REGION,
    /** Leads whose industry equals the rule's value. */
    INDUSTRY,
    /** Every lead (a catch-all, usually last). */
    ANY
}
