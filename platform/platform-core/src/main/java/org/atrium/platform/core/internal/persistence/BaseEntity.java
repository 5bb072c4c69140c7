package org.atrium.platform.core.internal.persistence;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.TableGenerator;

/**
 * Ids come from the table {@code ATR_SEQUENCE} (created by the changelog): table sequencing
 * behaves the same on Derby and PostgreSQL and allocates ids in blocks of 50.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @TableGenerator(name = "atrium-platform", table = "ATR_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "PLATFORM", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "atrium-platform")
    private Long id;

    public Long getId() { return id; }
}
