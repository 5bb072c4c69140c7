package org.atrium.platform.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** An announcement (公告) to a unit and its subtree. */
@Entity
@Table(name = "ATR_ANNOUNCEMENT")
public class AnnouncementEntity extends BaseEntity {
    @Column(name = "TARGET_UNIT_ID") private long targetUnitId;
    @Column(name = "TITLE") private String title;
    @Column(name = "BODY") private String body;
    @Column(name = "AUTHOR_ID") private Long authorId;
    @Column(name = "AUTHOR_NAME") private String authorName;
    @Column(name = "PUBLISHED_AT") private Instant publishedAt;
    @Column(name = "WITHDRAWN") private boolean withdrawn;

    protected AnnouncementEntity() {
    }

    public AnnouncementEntity(long targetUnitId, String title, String body, Long authorId, String authorName,
            Instant publishedAt) {
        this.targetUnitId = targetUnitId;
        this.title = title;
        this.body = body;
        this.authorId = authorId;
        this.authorName = authorName;
        this.publishedAt = publishedAt;
    }

    public long getTargetUnitId() { return targetUnitId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getAuthorName() { return authorName; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isWithdrawn() { return withdrawn; }
    public void setWithdrawn(boolean withdrawn) { this.withdrawn = withdrawn; }
}
