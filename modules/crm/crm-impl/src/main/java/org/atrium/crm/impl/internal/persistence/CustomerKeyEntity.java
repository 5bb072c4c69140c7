package org.atrium.crm.impl.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One search key of a customer (lower-cased name, short name, name core, pinyin initials, code, credit
 * code or old code): the customer search looks up a prefix in this one indexed column instead of an OR
 * over several columns, which Derby answers only by reading every customer. Written by
 * {@code CustomerSearchKeys}.
 */
@Entity
@Table(name = "CRM_CUSTOMER_KEY")
@IdClass(CustomerKeyEntity.Key.class)
public class CustomerKeyEntity {
    @Id @Column(name = "KEY_VALUE") private String value;
    @Id @Column(name = "CUSTOMER_ID") private long customerId;

    protected CustomerKeyEntity() {
    }

    public CustomerKeyEntity(long customerId, String value) {
        this.customerId = customerId;
        this.value = value;
    }

    public long getCustomerId() { return customerId; }
    public String getValue() { return value; }

    /** The primary key: value first, so that a prefix lookup reads the key index only. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String value;
        private long customerId;

        public Key() {
        }

        public Key(String value, long customerId) {
            this.value = value;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.customerId == customerId && Objects.equals(k.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, customerId);
        }
    }
}
