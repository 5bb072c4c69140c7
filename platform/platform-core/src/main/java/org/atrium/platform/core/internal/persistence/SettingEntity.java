package org.atrium.platform.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A named value the platform keeps for itself, e.g. that the demo group was loaded. */
@Entity
@Table(name = "ATR_SETTING")
public class SettingEntity {
    @Id @Column(name = "NAME") private String name;
    @Column(name = "SETTING_VALUE") private String value;

    protected SettingEntity() {
    }

    public SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
