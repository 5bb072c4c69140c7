package org.atrium.crm.api.lead;

/** Where a lead came from (线索来源). */
public enum SourceChannel {
    /** 官网/表单. */
    WEBSITE,
    /** 展会. */
    EXHIBITION,
    /** 电话咨询. */
    PHONE,
    /** 客户转介绍. */
    REFERRAL,
    /** 渠道/代理商. */
    PARTNER,
    /** 市场活动. */
    CAMPAIGN,
    /** 陌拜/主动开发 (行商). */
    COLD_CALL,
    /** 批量导入. */
    IMPORT,
    /** 其他. */
    OTHER
}
