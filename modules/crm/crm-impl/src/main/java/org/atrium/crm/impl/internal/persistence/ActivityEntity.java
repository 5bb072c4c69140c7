package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.activity.ActivityType;

/** A follow-up record. */
@Entity
@Table(name = "CRM_ACTIVITY")
public class ActivityEntity extends OwnedEntity {
    @Enumerated(EnumType.STRING) @Column(name = "ACTIVITY_TYPE") private ActivityType type;
    @Column(name = "CHANNEL") private String channel;
    @Column(name = "SUBJECT") private String subject;
    @Column(name = "CONTENT") private String content;
    @Column(name = "OCCURRED_AT") private Instant occurredAt;
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "CONTACT_ID") private Long contactId;
    @Column(name = "OPPORTUNITY_ID") private Long opportunityId;
    @Column(name = "NEXT_STEP") private String nextStep;
    @Column(name = "NEXT_STEP_DATE") private LocalDate nextStepDate;
    @Column(name = "NEXT_STEP_DONE") private boolean nextStepDone;

    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public Long getOpportunityId() { return opportunityId; }
    public void setOpportunityId(Long opportunityId) { this.opportunityId = opportunityId; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public LocalDate getNextStepDate() { return nextStepDate; }
    public void setNextStepDate(LocalDate nextStepDate) { this.nextStepDate = nextStepDate; }
    public boolean isNextStepDone() { return nextStepDone; }
    public void setNextStepDone(boolean nextStepDone) { this.nextStepDone = nextStepDone; }
}
