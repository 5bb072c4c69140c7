package org.atrium.crm.web.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;


import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.web.internal.TestTexts;
import org.junit.jupiter.api.Test;

class CustomerFormTest {

    @Test
    void blankTextBecomesNullAndTheParentIsKept() {
        CustomerForm form = new CustomerForm(" 上海华东钢铁贸易有限公司 ", "", "91310000MA1K4ABC1X", "  ", "上海市", "",
                CustomerType.ENTERPRISE, "", LifecycleStage.PROSPECT, Tier.A2, "");

        CustomerDraft draft = form.toDraft(9L);

        assertThat(draft.name()).isEqualTo("上海华东钢铁贸易有限公司");
        assertThat(draft.shortName()).isNull();
        assertThat(draft.industry()).isNull();
        assertThat(draft.creditCode()).isEqualTo("91310000MA1K4ABC1X");
        assertThat(draft.province()).isEqualTo("上海市");
        assertThat(draft.tier()).isEqualTo(Tier.A2);
        assertThat(draft.parentId()).isEqualTo(9L);
    }

    @Test
    void everyServiceFieldHasALabel() {
        for (String component : new String[] {"name", "shortName", "creditCode", "industry", "province", "city",
                "type", "source", "lifecycle", "tier", "creditRating"}) {
            assertThat(CustomerForm.FIELDS).containsKey(component);
            assertThat(TestTexts.chinese().get(CustomerForm.FIELDS.get(component))).doesNotContain(".");
        }
        assertThat(CustomerDraft.class.getRecordComponents()).extracting(c -> c.getName())
                .containsAll(CustomerForm.FIELDS.keySet());
    }

    @Test
    void theFilterBarMapsToTheServiceFilter() {
        CustomerFilter filter = CustomerFilters.of("  hd ", LifecycleStage.DEAL, null, " ", true);

        assertThat(filter.text()).isEqualTo("hd");
        assertThat(filter.lifecycles()).containsExactly(LifecycleStage.DEAL);
        assertThat(filter.tiers()).isEmpty();
        assertThat(filter.province()).isNull();
        assertThat(filter.mineOnly()).isTrue();
        assertThat(CustomerFilters.of("", null, Tier.A1, "江苏省", false).tiers()).containsExactly(Tier.A1);
    }
}
