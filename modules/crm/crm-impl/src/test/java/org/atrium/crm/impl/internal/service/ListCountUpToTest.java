package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capped list counts of contacts, leads and opportunities ({@code countUpTo}): they stop at the limit, equal
 * {@code count} below it, apply the filter and keep to the caller's data scope. On Derby and on PostgreSQL.
 */
class ListCountUpToTest {

    /** Records of subsidiary A's rep, of subsidiary B's rep and of A's own-records user, for each kind. */
    private static final int OF_A_REP = 7, OF_B_REP = 3, OF_A_OWN = 2;
    private static final int ALL = OF_A_REP + OF_B_REP + OF_A_OWN;

    /** One kind of list: its capped count, its exact count and the filter that keeps every row in scope. */
    private interface Counts<F> {
        int upTo(UserContext caller, F filter, int atMost);

        int exact(UserContext caller, F filter);
    }

    /** Gives each of A_REP, B_REP and A_OWN their contacts, leads and opportunities on a customer they see. */
    private static void seed(CrmServices crm) {
        seed(crm, A_REP, "华东钢铁贸易有限公司", "华东", OF_A_REP);
        seed(crm, B_REP, "华南物流有限公司", "华南", OF_B_REP);
        seed(crm, A_OWN, "西北机械制造有限公司", "西北", OF_A_OWN);
    }

    private static void seed(CrmServices crm, UserContext owner, String customerName, String tag, int n) {
        long customer = crm.customers.create(owner, CustomerDraft.of(customerName, CustomerType.ENTERPRISE)).id();
        for (int i = 0; i < n; i++) {
            crm.contacts.create(owner, ContactDraft.of(customer, tag + "联系人" + i, null));
            crm.leads.create(owner, new LeadDraft(tag + "某厂" + i, "周杰", "1390013900" + i, null, null, null, null,
                    SourceChannel.EXHIBITION, null));
            crm.opportunities.create(owner, new OpportunityDraft(customer, tag + "年度合同" + i,
                    new BigDecimal("10000.00"), LocalDate.now().plusMonths(2), null, List.of()));
        }
    }

    /** The checks every kind of list passes; {@code text} is a filter that keeps only subsidiary A's rep's rows. */
    private static <F> void check(Counts<F> counts, F all, F text) {
        // stops at the limit; below it the same as count
        assertThat(counts.upTo(ADMIN, all, 5)).isEqualTo(5);
        assertThat(counts.upTo(ADMIN, all, ALL)).isEqualTo(ALL);
        assertThat(counts.upTo(ADMIN, all, 2_001)).isEqualTo(ALL).isEqualTo(counts.exact(ADMIN, all));
        assertThat(counts.upTo(ADMIN, all, 0)).isZero();
        assertThat(counts.upTo(ADMIN, all, -1)).isZero();
        // the filter applies
        assertThat(counts.upTo(ADMIN, text, 2_001)).isEqualTo(OF_A_REP).isEqualTo(counts.exact(ADMIN, text));
        assertThat(counts.upTo(ADMIN, text, 4)).isEqualTo(4);
        // the data scope applies: a company scope sees its subsidiary only, own-records only their own
        assertThat(counts.upTo(A_MANAGER, all, 2_001)).isEqualTo(OF_A_REP + OF_A_OWN)
                .isEqualTo(counts.exact(A_MANAGER, all));
        assertThat(counts.upTo(A_MANAGER, all, 3)).isEqualTo(3);
        assertThat(counts.upTo(B_REP, all, 2_001)).isEqualTo(OF_B_REP).isEqualTo(counts.exact(B_REP, all));
        assertThat(counts.upTo(B_REP, text, 2_001)).isZero();
        assertThat(counts.upTo(A_OWN, all, 2_001)).isEqualTo(OF_A_OWN);
        assertThat(counts.upTo(A_OWN, text, 2_001)).isZero();
        assertThatThrownBy(() -> counts.upTo(NOBODY, all, 2_001)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void contactsCountUpToTheLimitInScope(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            seed(crm);
            check(new Counts<ContactFilter>() {
                public int upTo(UserContext caller, ContactFilter filter, int atMost) {
                    return crm.contacts.countUpTo(caller, filter, atMost);
                }

                public int exact(UserContext caller, ContactFilter filter) {
                    return crm.contacts.count(caller, filter);
                }
            }, ContactFilter.all(), new ContactFilter("华东", null, false));
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void leadsCountUpToTheLimitInScope(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            seed(crm);
            check(new Counts<LeadFilter>() {
                public int upTo(UserContext caller, LeadFilter filter, int atMost) {
                    return crm.leads.countUpTo(caller, filter, atMost);
                }

                public int exact(UserContext caller, LeadFilter filter) {
                    return crm.leads.count(caller, filter);
                }
            }, LeadFilter.all(), new LeadFilter("华东", null, null, false, false));
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void opportunitiesCountUpToTheLimitInScope(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            seed(crm);
            check(new Counts<OpportunityFilter>() {
                public int upTo(UserContext caller, OpportunityFilter filter, int atMost) {
                    return crm.opportunities.countUpTo(caller, filter, atMost);
                }

                public int exact(UserContext caller, OpportunityFilter filter) {
                    return crm.opportunities.count(caller, filter);
                }
            }, OpportunityFilter.all(), new OpportunityFilter("华东", null, null, null, null, null, null, false));
        }
    }
}
