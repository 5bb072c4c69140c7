package org.atrium.crm.api.customer;

/** The kind of customer. */
public enum CustomerType {
    /** 企业客户. */
    ENTERPRISE,
    /** 个人客户. */
    INDIVIDUAL,
    /** 经销商 / 代理商. */
    DISTRIBUTOR,
    /** 政府机关. */
    GOVERNMENT,
    /** 事业单位 (schools, hospitals, institutes). */
    INSTITUTION,
    /** 其他. */
    OTHER
}
