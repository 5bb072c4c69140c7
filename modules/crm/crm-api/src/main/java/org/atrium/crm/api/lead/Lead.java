package org.atrium.crm.api.lead;

import java.time.Instant;

/**
 * A lead.
 *
 * @param id                  the lead's id
 * @param companyName         the enquiring company, or {@code null} for a private person
 * @param contactName         the person who enquired
 * @param mobile              mobile number, or {@code null}
 * @param email               e-mail, or {@code null}
 * @param province            province, or {@code null}
 * @param city                city, or {@code null}
 * @param industry            industry, or {@code null}
 * @param channel             the source channel
 * @param description         what the enquiry is about, or {@code null}
 * @param status              where the lead stands
 * @param ownerUserId         the user who must follow it up
 * @param ownerUnitId         the owning org unit
 * @param followUpDeadline    when the first follow-up is due; past and still {@link LeadStatus#NEW}
 *                            means overdue (逾期), or {@code null}
 * @param convertedCustomerId the customer it was converted into, or {@code null}
 * @param createdAt           when it was captured
 * @param updatedAt           when it was last changed
 */
public record Lead(long id, String companyName, String contactName, String mobile, String email, String province,
        String city, String industry, SourceChannel channel, String description, LeadStatus status,
        long ownerUserId, long ownerUnitId, Instant followUpDeadline, Long convertedCustomerId,
        Instant createdAt, Instant updatedAt) {

    /** @return whether the deadline has passed while the lead was not followed up yet */
    public boolean isOverdue(Instant now) {
        return status == LeadStatus.NEW && followUpDeadline != null && followUpDeadline.isBefore(now);
    }
}
