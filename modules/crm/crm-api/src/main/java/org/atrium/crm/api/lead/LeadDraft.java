package org.atrium.crm.api.lead;

/**
 * The editable fields of a lead.
 *
 * @param companyName optional, at most 200 characters
 * @param contactName required, at most 100 characters
 * @param mobile      optional; mainland mobile; at least one of mobile and e-mail is required
 * @param email       optional
 * @param province    optional; used by region assignment rules
 * @param city        optional
 * @param industry    optional; used by industry assignment rules
 * @param channel     required
 * @param description optional, at most 2000 characters
 */
public record LeadDraft(String companyName, String contactName, String mobile, String email, String province,
        String city, String industry, SourceChannel channel, String description) {
}
