package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

/** A customer classification dimension (客户分类维度) an admin defined; deactivated, never deleted. */
@Entity
@Table(name = "CRM_CLASS_DIMENSION")
public class ClassDimensionEntity extends CrmEntity {
    @Column(name = "CODE") private String code;
    @Column(name = "NAME") private String name;
    @Column(name = "POSITION") private int position;
    @Column(name = "ACTIVE") private boolean active;
    @Column(name = "CREATED_AT") private Instant createdAt;
    @Column(name = "UPDATED_AT") private Instant updatedAt;
    @Version @Column(name = "VERSION") private long version;

    protected ClassDimensionEntity() {
    }

    public ClassDimensionEntity(String code, String name, int position, Instant now) {
        this.code = code;
        this.name = name;
        this.position = position;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
