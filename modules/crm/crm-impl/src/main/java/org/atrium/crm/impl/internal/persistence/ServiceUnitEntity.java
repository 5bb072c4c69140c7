package org.atrium.crm.impl.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** An org unit that serves a customer besides its owning unit. */
@Entity
@Table(name = "CRM_CUSTOMER_UNIT")
public class ServiceUnitEntity extends CrmEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "UNIT_ID") private long unitId;
    @Column(name = "NOTE") private String note;
    @Column(name = "SINCE") private Instant since;

    protected ServiceUnitEntity() {
    }

    public ServiceUnitEntity(long customerId, long unitId, String note, Instant since) {
        this.customerId = customerId;
        this.unitId = unitId;
        this.note = note;
        this.since = since;
    }

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public long getUnitId() { return unitId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Instant getSince() { return since; }
}
