package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A role; its grants are {@link RoleGrantEntity} rows. */
@Entity
@Table(name = "ATR_ROLE")
public class RoleEntity extends BaseEntity {
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;
    @Column(name = "DESCRIPTION") private String description;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
