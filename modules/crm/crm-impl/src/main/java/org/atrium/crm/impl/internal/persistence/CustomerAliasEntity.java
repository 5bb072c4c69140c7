package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/** An old customer code that now points to a surviving customer (after a merge). */
@Entity
@Table(name = "CRM_CUSTOMER_ALIAS")
public class CustomerAliasEntity extends CrmEntity {
    @Column(name = "CUSTOMER_ID") private long customerId;
    @Column(name = "CODE") private String code;

    protected CustomerAliasEntity() {
    }

    public CustomerAliasEntity(long customerId, String code) {
        this.customerId = customerId;
        this.code = code;
    }

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getCode() { return code; }
}
