package org.atrium.platform.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** That a user has read an announcement. */
@Entity
@Table(name = "ATR_ANNOUNCEMENT_READ")
public class AnnouncementReadEntity extends BaseEntity {
    @Column(name = "ANNOUNCEMENT_ID") private long announcementId;
    @Column(name = "USER_ID") private long userId;
    @Column(name = "READ_AT") private Instant readAt;

    protected AnnouncementReadEntity() {
    }

    public AnnouncementReadEntity(long announcementId, long userId, Instant readAt) {
        this.announcementId = announcementId;
        this.userId = userId;
        this.readAt = readAt;
    }

    public long getAnnouncementId() { return announcementId; }
}
