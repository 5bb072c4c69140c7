package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** The value a customer holds in one classification dimension (at most one per dimension). */
@Entity
@Table(name = "CRM_CUSTOMER_CLASS")
public class CustomerClassEntity extends CrmEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "DIMENSION_ID") private long dimensionId;
    @Column(name = "VALUE_ID") private long valueId;

    protected CustomerClassEntity() {
    }

    public CustomerClassEntity(long customerId, long dimensionId, long valueId) {
        this.customerId = customerId;
        this.dimensionId = dimensionId;
        this.valueId = valueId;
    }

    public long getCustomerId() { return customerId; }
    public long getDimensionId() { return dimensionId; }
    public long getValueId() { return valueId; }
    public void setValueId(long valueId) { this.valueId = valueId; }
}
