package org.atrium.crm.web.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.junit.jupiter.api.Test;

class MergePlanTest {

    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");
    private static final Customer SURVIVOR = new Customer(42, "C2025000042", "上海华东钢铁贸易有限公司", null,
            "91310000MA1K4ABC1X", "钢铁贸易", "上海市", "上海市", CustomerType.ENTERPRISE, "展会", LifecycleStage.OPPORTUNITY,
            Tier.A2, "AA", 5, 3, null, List.of(), "shhdgtmy", T, T, 3);
    private static final Customer DUPLICATE = new Customer(77, "C2025000077", "上海华东钢铁贸易有限公司 ", "华东钢贸",
            null, "钢材贸易", "上海市", "上海市", CustomerType.ENTERPRISE, null, LifecycleStage.DEAL, Tier.A2, "AA", 8, 4,
            null, List.of(), "shhdgtmy", T, T, 1);

    @Test
    void onlyDifferingFieldsAreChoicesAndEmptySurvivorFieldsStartWithTheDuplicate() {
        MergePlan plan = new MergePlan(SURVIVOR, DUPLICATE);

        assertThat(plan.choices()).containsExactly(CustomerField.SHORT_NAME, CustomerField.CREDIT_CODE,
                CustomerField.INDUSTRY, CustomerField.SOURCE, CustomerField.LIFECYCLE, CustomerField.OWNER);
        assertThat(plan.choice(CustomerField.SHORT_NAME)).isEqualTo(MergePlan.Side.DUPLICATE);
        assertThat(plan.choice(CustomerField.INDUSTRY)).isEqualTo(MergePlan.Side.SURVIVOR);
        assertThat(plan.takeFromDuplicate()).containsExactly(CustomerField.SHORT_NAME);
    }

    @Test
    void choicesBecomeTheFieldsTakenFromTheDuplicate() {
        MergePlan plan = new MergePlan(SURVIVOR, DUPLICATE);

        plan.choose(CustomerField.INDUSTRY, MergePlan.Side.DUPLICATE);
        plan.choose(CustomerField.OWNER, MergePlan.Side.DUPLICATE);
        plan.choose(CustomerField.SHORT_NAME, MergePlan.Side.SURVIVOR);
        plan.choose(CustomerField.TIER, MergePlan.Side.DUPLICATE);
        plan.choose(CustomerField.NAME, MergePlan.Side.DUPLICATE);

        assertThat(plan.takeFromDuplicate()).containsExactlyInAnyOrder(CustomerField.INDUSTRY, CustomerField.OWNER);
    }

    @Test
    void aCustomerCannotBeMergedIntoItself() {
        assertThatThrownBy(() -> new MergePlan(SURVIVOR, SURVIVOR)).isInstanceOf(IllegalArgumentException.class);
    }
}
