package org.atrium.crm.api;

import java.util.List;

/**
 * The permission ids of the CRM module, {@code crm.<object>.<action>}. All are scoped: a role grants
 * them with a data scope (本人, 本部门, ..., 全集团) and the services filter and check rows with it.
 */
public final class CrmPermissions {

    /** The group id under which the role editor lists the CRM permissions. */
    public static final String GROUP = "crm";

    /** See customers (lists, search, 360 view). */
    public static final String CUSTOMER_VIEW = "crm.customer.view";
    /** Register new customers. */
    public static final String CUSTOMER_CREATE = "crm.customer.create";
    /** Change customers, their service relationships and lifecycle. */
    public static final String CUSTOMER_EDIT = "crm.customer.edit";
    /** Delete customers that have nothing attached. */
    public static final String CUSTOMER_DELETE = "crm.customer.delete";
    /** Export customer lists. */
    public static final String CUSTOMER_EXPORT = "crm.customer.export";
    /** Merge duplicate customers (admin). */
    public static final String CUSTOMER_MERGE = "crm.customer.merge";
    /** Reassign customers and hand over a leaving user's records (离职交接). */
    public static final String CUSTOMER_ASSIGN = "crm.customer.assign";
    /** Define the customer classification dimensions and their values (needs the whole group scope). */
    public static final String CLASSIFICATION_MANAGE = "crm.classification.manage";

    /** See contacts. */
    public static final String CONTACT_VIEW = "crm.contact.view";
    /** Create contacts. */
    public static final String CONTACT_CREATE = "crm.contact.create";
    /** Change contacts. */
    public static final String CONTACT_EDIT = "crm.contact.edit";
    /** Delete contacts. */
    public static final String CONTACT_DELETE = "crm.contact.delete";
    /** Export contact lists. */
    public static final String CONTACT_EXPORT = "crm.contact.export";

    /** See leads. */
    public static final String LEAD_VIEW = "crm.lead.view";
    /** Capture leads (form and import). */
    public static final String LEAD_CREATE = "crm.lead.create";
    /** Change, disqualify and convert leads. */
    public static final String LEAD_EDIT = "crm.lead.edit";
    /** Delete leads. */
    public static final String LEAD_DELETE = "crm.lead.delete";
    /** Export lead lists. */
    public static final String LEAD_EXPORT = "crm.lead.export";
    /** Assign leads to users and maintain the assignment rules. */
    public static final String LEAD_ASSIGN = "crm.lead.assign";

    /** See opportunities and the funnel report. */
    public static final String OPPORTUNITY_VIEW = "crm.opportunity.view";
    /** Create opportunities. */
    public static final String OPPORTUNITY_CREATE = "crm.opportunity.create";
    /** Change opportunities and move them through the pipeline. */
    public static final String OPPORTUNITY_EDIT = "crm.opportunity.edit";
    /** Delete opportunities. */
    public static final String OPPORTUNITY_DELETE = "crm.opportunity.delete";
    /** Export opportunity lists. */
    public static final String OPPORTUNITY_EXPORT = "crm.opportunity.export";
    /** Reassign opportunities to other users. */
    public static final String OPPORTUNITY_ASSIGN = "crm.opportunity.assign";
    /** Configure the pipeline stages (needs the whole group scope). */
    public static final String PIPELINE_MANAGE = "crm.pipeline.manage";

    /** See activities (跟进记录). */
    public static final String ACTIVITY_VIEW = "crm.activity.view";
    /** Record activities. */
    public static final String ACTIVITY_CREATE = "crm.activity.create";
    /** Change activities and complete next steps. */
    public static final String ACTIVITY_EDIT = "crm.activity.edit";
    /** Delete activities. */
    public static final String ACTIVITY_DELETE = "crm.activity.delete";

    /** @return every permission of the module, in the order the role editor lists them */
    public static List<String> all() {
        return List.of(CUSTOMER_VIEW, CUSTOMER_CREATE, CUSTOMER_EDIT, CUSTOMER_DELETE, CUSTOMER_EXPORT,
                CUSTOMER_MERGE, CUSTOMER_ASSIGN, CLASSIFICATION_MANAGE,
                CONTACT_VIEW, CONTACT_CREATE, CONTACT_EDIT, CONTACT_DELETE, CONTACT_EXPORT,
                LEAD_VIEW, LEAD_CREATE, LEAD_EDIT, LEAD_DELETE, LEAD_EXPORT, LEAD_ASSIGN,
                OPPORTUNITY_VIEW, OPPORTUNITY_CREATE, OPPORTUNITY_EDIT, OPPORTUNITY_DELETE, OPPORTUNITY_EXPORT,
                OPPORTUNITY_ASSIGN, PIPELINE_MANAGE,
                ACTIVITY_VIEW, ACTIVITY_CREATE, ACTIVITY_EDIT, ACTIVITY_DELETE);
    }

    private CrmPermissions() {
    }
}
