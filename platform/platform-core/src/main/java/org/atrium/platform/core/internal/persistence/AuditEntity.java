package org.atrium.platform.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.atrium.platform.api.audit.AuditEntry;

/**
 * One audit line. The actor's primary unit at the time is kept so that the audit log can be
 * filtered by the data scope of {@code platform.audit.view}.
 */
@Entity
@Table(name = "ATR_AUDIT")
public class AuditEntity extends BaseEntity {
    @Column(name = "AT_TIME") private Instant occurredAt;
    @Column(name = "ACTOR_ID") private Long actorId;
    @Column(name = "ACTOR_LOGIN") private String actorLogin;
    @Column(name = "ACTOR_UNIT_ID") private Long actorUnitId;
    @Column(name = "AUDIT_ACTION") private String action;
    @Column(name = "TARGET_TYPE") private String targetType;
    @Column(name = "TARGET_ID") private String targetId;
    @Column(name = "DETAIL") private String detail;
    @Column(name = "REMOTE_ADDRESS") private String remoteAddress;

    protected AuditEntity() {
    }

    public AuditEntity(Instant time, Long actorId, String actorLogin, Long actorUnitId, String action,
            String targetType, String targetId, String detail, String remoteAddress) {
        this.occurredAt = time;
        this.actorId = actorId;
        this.actorLogin = actorLogin;
        this.actorUnitId = actorUnitId;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(getId(), occurredAt, actorId, actorLogin, action, targetType, targetId, detail, remoteAddress);
    }
}
