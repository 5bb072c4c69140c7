package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.util.List;

import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contact text search (the global search's contacts and the contact list's search box): a prefix of the
 * name, the pinyin initials, the mobile, the phone or the e-mail, in the caller's data scope. On Derby and on
 * PostgreSQL.
 */
class ContactTextSearchTest {

    private static List<String> names(CrmServices crm, UserContext caller, String text) {
        return crm.contacts.search(caller, new ContactFilter(text, null, false), new PageRequest(0, 50, "name", true))
                .stream().map(Contact::name).toList();
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void findsByEachColumnInScope(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            long a = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
            long b = crm.customers.create(B_REP, CustomerDraft.of("华南物流有限公司", CustomerType.ENTERPRISE)).id();
            Contact zhangWei = crm.contacts.create(A_REP, new ContactDraft(a, "张伟", null, null, null, "13900001111",
                    "021-55550000", "Zhang.Wei@Corp.example.cn", null, null));
            crm.contacts.create(A_REP, new ContactDraft(a, "李娜", null, null, null, "13800002222", null,
                    "li.na@corp.example.cn", null, null));
            crm.contacts.create(B_REP, new ContactDraft(b, "张明", null, null, null, "13900003333", null, null, null,
                    null));

            // e-mail addresses are kept in lower case
            assertThat(zhangWei.email()).isEqualTo("zhang.wei@corp.example.cn");
            // name prefix, across the group for the administrator, in the subsidiary for its manager
            assertThat(names(crm, ADMIN, "张")).containsExactlyInAnyOrder("张伟", "张明");
            assertThat(names(crm, A_MANAGER, "张")).containsExactly("张伟");
            assertThat(names(crm, B_REP, "张")).containsExactly("张明");
            // pinyin initials, mobile, phone, e-mail in any case
            assertThat(names(crm, ADMIN, "ZW")).containsExactly("张伟");
            assertThat(names(crm, ADMIN, "139000")).containsExactlyInAnyOrder("张伟", "张明");
            assertThat(names(crm, A_MANAGER, "139000")).containsExactly("张伟");
            assertThat(names(crm, ADMIN, "021-5555")).containsExactly("张伟");
            assertThat(names(crm, ADMIN, "ZHANG.wei@")).containsExactly("张伟");
            assertThat(names(crm, ADMIN, "li.na")).containsExactly("李娜");
            // a contact matched by two columns is listed once; no match is an empty list and a zero count
            assertThat(names(crm, ADMIN, "l")).containsExactly("李娜");
            assertThat(names(crm, ADMIN, "王")).isEmpty();
            assertThat(crm.contacts.count(ADMIN, new ContactFilter("王", null, false))).isZero();
            assertThat(crm.contacts.countUpTo(ADMIN, new ContactFilter("1", null, false), 2_001)).isEqualTo(3);
            // wildcards in the text are plain characters
            assertThat(names(crm, ADMIN, "%")).isEmpty();
            assertThat(names(crm, ADMIN, "_")).isEmpty();
        }
    }
}
