package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A position a user holds in a unit; one primary post per user, any number of part-time posts. */
@Entity
@Table(name = "ATR_POST")
public class PostEntity extends BaseEntity {
    @Column(name = "USER_ID") private long userId;
    @Column(name = "UNIT_ID") private long unitId;
    @Column(name = "POSITION_ID") private Long positionId;
    @Column(name = "IS_PRIMARY") private boolean primary;

    protected PostEntity() {
    }

    public PostEntity(long userId, long unitId, Long positionId, boolean primary) {
        this.userId = userId;
        this.unitId = unitId;
        this.positionId = positionId;
        this.primary = primary;
    }

    public long getUserId() { return userId; }
    public long getUnitId() { return unitId; }
    public Long getPositionId() { return positionId; }
    public boolean isPrimary() { return primary; }
}
