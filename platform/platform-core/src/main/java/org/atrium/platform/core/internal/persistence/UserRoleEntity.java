package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A role held by a user. */
@Entity
@Table(name = "ATR_USER_ROLE")
public class UserRoleEntity extends BaseEntity {
    @Column(name = "USER_ID") private long userId;
    @Column(name = "ROLE_ID") private long roleId;

    protected UserRoleEntity() {
    }

    public UserRoleEntity(long userId, long roleId) {
        this.userId = userId;
        this.roleId = roleId;
    }

    public long getUserId() { return userId; }
    public long getRoleId() { return roleId; }
}
