package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A module-level key/value setting, e.g. the marker that the demo data was loaded. */
@Entity
@Table(name = "CRM_SETTING")
public class SettingEntity {
    @Id @Column(name = "SETTING_KEY") private String key;
    @Column(name = "SETTING_VALUE") private String value;
    @Column(name = "UPDATED_AT") private Instant updatedAt;

    protected SettingEntity() {
    }

    public SettingEntity(String key, String value, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
