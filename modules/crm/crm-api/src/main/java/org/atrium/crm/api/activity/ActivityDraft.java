package org.atrium.crm.api.activity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The editable fields of an activity.
 *
 * @param type          required
 * @param channel       optional
 * @param subject       required, at most 200 characters
 * @param content       optional, at most 4000 characters
 * @param occurredAt    required, not in the future
 * @param customerId    required; a customer the caller may see
 * @param contactId     optional; a contact of that customer
 * @param opportunityId optional; an opportunity of that customer
 * @param nextStep      optional; required when {@code nextStepDate} is set
 * @param nextStepDate  optional
 */
public record ActivityDraft(ActivityType type, String channel, String subject, String content, Instant occurredAt,
        long customerId, Long contactId, Long opportunityId, String nextStep, LocalDate nextStepDate) {
}
