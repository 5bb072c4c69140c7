package org.atrium.platform.core.internal.persistence;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;

/** One permission of a role with its data scope; custom units as a comma-separated id list. */
@Entity
@Table(name = "ATR_ROLE_GRANT")
public class RoleGrantEntity extends BaseEntity {
    @Column(name = "ROLE_ID") private long roleId;
    @Column(name = "PERMISSION") private String permission;
    @Enumerated(EnumType.STRING) @Column(name = "DATA_SCOPE") private DataScope scope;
    @Column(name = "CUSTOM_UNIT_IDS") private String customUnitIds;

    protected RoleGrantEntity() {
    }

    public RoleGrantEntity(long roleId, Grant grant) {
        this.roleId = roleId;
        this.permission = grant.permission();
        this.scope = grant.scope();
        this.customUnitIds = grant.customUnitIds().isEmpty() ? null
                : grant.customUnitIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public long getRoleId() { return roleId; }

    public Grant toGrant() {
        Set<Long> units = customUnitIds == null || customUnitIds.isBlank() ? Set.of()
                : Arrays.stream(customUnitIds.split(",")).map(String::trim).map(Long::valueOf)
                        .collect(Collectors.toSet());
        return new Grant(permission, scope, units);
    }
}
