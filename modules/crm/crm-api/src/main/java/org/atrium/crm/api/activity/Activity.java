package org.atrium.crm.api.activity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up record.
 *
 * @param id             the activity's id
 * @param type           visit, call, e-mail, meeting
 * @param channel        the channel, e.g. 微信, 上门, or {@code null}
 * @param subject        a one-line summary
 * @param content        what happened, or {@code null}
 * @param occurredAt     when it took place
 * @param customerId     the customer
 * @param contactId      the contact met, or {@code null}
 * @param opportunityId  the opportunity it advanced, or {@code null}
 * @param nextStep       the agreed next step, or {@code null}
 * @param nextStepDate   when the next step is due, or {@code null}
 * @param nextStepDone   whether the next step was done
 * @param ownerUserId    who did it
 * @param ownerUnitId    the owning org unit
 * @param createdAt      when it was recorded
 */
public record Activity(long id, ActivityType type, String channel, String subject, String content,
        Instant occurredAt, long customerId, Long contactId, Long opportunityId, String nextStep,
        LocalDate nextStepDate, boolean nextStepDone, long ownerUserId, long ownerUnitId, Instant createdAt) {
}
