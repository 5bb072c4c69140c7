package org.atrium.crm.api.lead;

/** Where a lead stands. */
public enum LeadStatus {
    /** 新线索: not yet followed up. */
    NEW,
    /** 跟进中: contacted, being qualified. */
    FOLLOWING,
    /** 已转化: converted into customer, contact and opportunity; read-only afterwards. */
    CONVERTED,
    /** 无效: disqualified. */
    DISQUALIFIED;

    /** @return whether the lead is still open (new or being followed) */
    public boolean isOpen() {
        return this == NEW || this == FOLLOWING;
    }
}
