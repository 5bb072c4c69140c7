package org.atrium.crm.impl.internal.persistence;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.TableGenerator;

/**
 * Ids come from the CRM's own table {@code CRM_SEQUENCE}: table sequencing behaves the same on Derby
 * and PostgreSQL, and the module depends on no platform table.
 */
@MappedSuperclass
public abstract class CrmEntity {

    @Id
    @TableGenerator(name = "atrium-crm", table = "CRM_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "CRM", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "atrium-crm")
    private Long id;

    public Long getId() { return id; }
}
