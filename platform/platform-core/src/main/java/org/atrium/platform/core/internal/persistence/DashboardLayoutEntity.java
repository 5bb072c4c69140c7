package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * A saved dashboard layout. {@code scopeKind} is USER, ROLE, COMPANY or GROUP; {@code ownerId}
 * the user, role or unit id (0 for GROUP); placements one per line as
 * {@code order<TAB>columns<TAB>portletId}.
 */
@Entity
@Table(name = "ATR_DASHBOARD_LAYOUT")
public class DashboardLayoutEntity extends BaseEntity {
    @Column(name = "SCOPE_KIND") private String scopeKind;
    @Column(name = "OWNER_ID") private long ownerId;
    @Column(name = "PLACEMENTS") private String placements;

    protected DashboardLayoutEntity() {
    }

    public DashboardLayoutEntity(String scopeKind, long ownerId, String placements) {
        this.scopeKind = scopeKind;
        this.ownerId = ownerId;
        this.placements = placements;
    }

    public String getScopeKind() { return scopeKind; }
    public long getOwnerId() { return ownerId; }
    public String getPlacements() { return placements; }
    public void setPlacements(String placements) { this.placements = placements; }
}
