package org.atrium.crm.impl.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.A_REP;

import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.db.Where;
import org.junit.jupiter.api.Test;

/** How the contact text search turns into a condition: matching ids, nothing, or (too many ids) the column OR. */
class ContactTextConditionTest {

    @Test
    void idsUpToTheLimitThenTheColumnOr() throws Exception {
        try (CrmTestDatabase db = new CrmTestDatabase()) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            long customer = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
            crm.contacts.create(A_REP, ContactDraft.of(customer, "张伟", "13900001111"));
            crm.contacts.create(A_REP, ContactDraft.of(customer, "张明", "13900003333"));

            Where byIds = new Where();
            crm.contacts.textCondition(byIds, "张%", 2);
            assertThat(byIds.clause()).isEqualTo(" WHERE (c.id IN :textIds)");

            Where tooMany = new Where();
            crm.contacts.textCondition(tooMany, "张%", 1);
            assertThat(tooMany.clause()).contains("c.nameLower LIKE :tp").contains(" OR c.email LIKE :tp")
                    .doesNotContain("textIds");

            Where none = new Where();
            crm.contacts.textCondition(none, "王%", 2);
            assertThat(none.clause()).isEqualTo(" WHERE (1 = 0)");
        }
    }
}
