package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The last number handed out for one rendered customer code prefix, e.g. {@code C2025{seq}}. */
@Entity
@Table(name = "CRM_CODE_COUNTER")
public class CodeCounterEntity {
    @Id @Column(name = "COUNTER_KEY") private String key;
    @Column(name = "LAST_VALUE") private long lastValue;

    protected CodeCounterEntity() {
    }

    public CodeCounterEntity(String key) {
        this.key = key;
    }

    /** @return the next value, stored */
    public long next() {
        return ++lastValue;
    }

    /** @return the first of {@code count} consecutive values, all stored as handed out */
    public long reserve(int count) {
        long first = lastValue + 1;
        lastValue += count;
        return first;
    }
}
