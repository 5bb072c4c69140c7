package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** One allowed value of a classification dimension; deactivated, never deleted. */
@Entity
@Table(name = "CRM_CLASS_VALUE")
public class ClassValueEntity extends CrmEntity {
    @Column(name = "DIMENSION_ID") private long dimensionId;
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;
    @Column(name = "POSITION") private int position;
    @Column(name = "ACTIVE") private boolean active;

    protected ClassValueEntity() {
    }

    public ClassValueEntity(long dimensionId, String code, String name, int position) {
        this.dimensionId = dimensionId;
        this.code = code;
        this.name = name;
        this.position = position;
        this.active = true;
    }

    public long getDimensionId() { return dimensionId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
