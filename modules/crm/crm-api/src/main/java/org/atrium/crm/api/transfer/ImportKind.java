package org.atrium.crm.api.transfer;

/** What a file imports; each kind has its own columns and needs its own create permission. */
public enum ImportKind {
    /** 客户, needs {@code crm.customer.create}. */
    CUSTOMER,
    /** 联系人 of customers the caller sees, needs {@code crm.contact.create}. */
    CONTACT,
    /** 线索, needs {@code crm.lead.create}. */
    LEAD
}
