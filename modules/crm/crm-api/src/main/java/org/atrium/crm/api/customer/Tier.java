package org.atrium.crm.api.customer;

/** Key-account tier (大客户分级): A1 and A2 are the key accounts, C the long tail. */
public enum Tier {
    /** Strategic key account. */
    A1,
    /** Key account. */
    A2,
    /** Regular customer. */
    B,
    /** Small or occasional customer. */
    C
}
