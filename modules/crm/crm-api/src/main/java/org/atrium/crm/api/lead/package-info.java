/** Leads (线索): unqualified enquiries with a source channel, assignment rules, follow-up deadlines and conversion. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.api.lead;
