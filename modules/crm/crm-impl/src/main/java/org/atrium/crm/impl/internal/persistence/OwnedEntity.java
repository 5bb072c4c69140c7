package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** A record with an owner (user and unit), the two ids data scopes are evaluated on. */
@MappedSuperclass
public abstract class OwnedEntity extends CrmEntity {
    @Column(name = "OWNER_USER_ID") private long ownerUserId;
    @Column(name = "OWNER_UNIT_ID") private long ownerUnitId;
    @Column(name = "CREATED_AT") private Instant createdAt;
    @Column(name = "UPDATED_AT") private Instant updatedAt;

    public long getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(long ownerUserId) { this.ownerUserId = ownerUserId; }
    public long getOwnerUnitId() { return ownerUnitId; }
    public void setOwnerUnitId(long ownerUnitId) { this.ownerUnitId = ownerUnitId; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }

    /** Sets owner and both timestamps of a new record. */
    public void created(long userId, long unitId, Instant now) {
        this.ownerUserId = userId;
        this.ownerUnitId = unitId;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
