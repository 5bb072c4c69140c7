package org.atrium.crm.api.customer;

/**
 * The customer lifecycle (客户生命周期): 待识别 → 潜在客户 → 商机客户 → 订单客户 → 成交用户, and 流失
 * from any stage. The services move a customer forward automatically (an opportunity makes it
 * {@link #OPPORTUNITY}, a won opportunity {@link #DEAL}); they never move it backwards on their own.
 */
public enum LifecycleStage {
    /** 待识别: registered, not yet qualified. */
    IDENTIFYING,
    /** 潜在客户: qualified, a possible buyer. */
    PROSPECT,
    /** 商机客户: at least one opportunity in progress. */
    OPPORTUNITY,
    /** 订单客户: an order is being placed or executed. */
    ORDER,
    /** 成交用户: has bought. */
    DEAL,
    /** 流失: lost. */
    LOST;

    /**
     * @return whether this stage lies on the forward path before {@code other}; {@link #LOST} is
     *         before nothing and nothing is before it
     */
    public boolean isBefore(LifecycleStage other) {
        return this != LOST && other != LOST && ordinal() < other.ordinal();
    }
}
