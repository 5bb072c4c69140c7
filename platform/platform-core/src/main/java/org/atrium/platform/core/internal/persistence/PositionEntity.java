package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** A job defined once for the group (岗位). */
@Entity
@Table(name = "ATR_POSITION")
public class PositionEntity extends BaseEntity {
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
