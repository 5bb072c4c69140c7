package org.atrium.crm.api.activity;

/** The kind of follow-up. */
public enum ActivityType {
    /** 拜访. */
    VISIT,
    /** 电话. */
    CALL,
    /** 邮件. */
    EMAIL,
    /** 会议. */
    MEETING,
    /** 其他 (WeChat, message, ...). */
    OTHER
}
