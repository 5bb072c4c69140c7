package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.crm.api.customer.SharingStatus;

/** A request to share a customer with the requester's unit. */
@Entity
@Table(name = "CRM_SHARING_REQUEST")
public class SharingRequestEntity extends CrmEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "REQUESTER_USER_ID") private long requesterUserId;
    @Column(name = "REQUESTER_UNIT_ID") private long requesterUnitId;
    @Column(name = "HOLDER_USER_ID") private long holderUserId;
    @Column(name = "REASON") private String reason;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") private SharingStatus status;
    @Column(name = "DECIDED_BY") private Long decidedBy;
    @Column(name = "DECIDED_AT") private Instant decidedAt;
    @Column(name = "DECISION_NOTE") private String decisionNote;
    @Column(name = "CREATED_AT") private Instant createdAt;

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public long getRequesterUserId() { return requesterUserId; }
    public void setRequesterUserId(long requesterUserId) { this.requesterUserId = requesterUserId; }
    public long getRequesterUnitId() { return requesterUnitId; }
    public void setRequesterUnitId(long requesterUnitId) { this.requesterUnitId = requesterUnitId; }
    public long getHolderUserId() { return holderUserId; }
    public void setHolderUserId(long holderUserId) { this.holderUserId = holderUserId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public SharingStatus getStatus() { return status; }
    public void setStatus(SharingStatus status) { this.status = status; }
    public Long getDecidedBy() { return decidedBy; }
    public void setDecidedBy(Long decidedBy) { this.decidedBy = decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
