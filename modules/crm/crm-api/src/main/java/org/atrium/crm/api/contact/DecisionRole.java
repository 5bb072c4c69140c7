package org.atrium.crm.api.contact;

/** A contact's role in the customer's buying decision. */
public enum DecisionRole {
    /** 决策者: signs off. */
    DECISION_MAKER,
    /** 影响者: shapes the decision. */
    INFLUENCER,
    /** 使用者: uses the product. */
    USER,
    /** 技术把关者: evaluates technically. */
    TECHNICAL_EVALUATOR,
    /** 采购: runs the purchase. */
    PURCHASER,
    /** 其他. */
    OTHER
}
