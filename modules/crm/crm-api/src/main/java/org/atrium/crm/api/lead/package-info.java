/**
 * Leads (线索): unqualified enquiries with a source channel, assignment rules, follow-up deadlines and conversion.
 *
 * <p>1.1: {@link org.atrium.crm.api.lead.LeadFilter#customerId()} (leads linked to one customer) and
 * {@link org.atrium.crm.api.lead.LeadService#validate} (the create path's field rules without saving).
 * <p>1.2: {@link org.atrium.crm.api.lead.LeadService#countUpTo} (a count that stops at a limit).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.atrium.crm.api.lead;
