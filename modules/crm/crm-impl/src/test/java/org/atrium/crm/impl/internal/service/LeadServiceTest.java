package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.lead.AssignmentRule;
import org.atrium.crm.api.lead.AssignmentRuleType;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadConversionResult;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.impl.internal.provider.OverdueLeadsTodo;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeadServiceTest {

    private CrmTestDatabase db;
    private CrmServices crm;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        crm = new CrmServices(db, new TestWorld());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static LeadDraft lead(String company, String province) {
        return new LeadDraft(company, "周杰", "139 0013 9000", null, province, null, "钢铁", SourceChannel.EXHIBITION,
                "展会咨询");
    }

    @Test
    void withoutRulesTheCapturerOwnsTheLead() {
        Instant before = Instant.now();
        Lead l = crm.leads.create(A_REP, lead("某厂", "江苏省"));
        assertThat(l.ownerUserId()).isEqualTo(A_REP.userId());
        assertThat(l.status()).isEqualTo(LeadStatus.NEW);
        assertThat(l.mobile()).isEqualTo("13900139000");
        assertThat(l.followUpDeadline()).isAfter(before.plus(Duration.ofHours(47)));
    }

    @Test
    void invalidLeadIsRejected() {
        assertThatThrownBy(() -> crm.leads.create(A_REP, new LeadDraft(null, " ", null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.getFieldErrors()).containsKeys("contactName", "mobile", "channel"));
    }

    @Test
    void rulesRouteRoundRobinAndOnlyGroupAdminsEditThem() {
        List<AssignmentRule> rules = List.of(new AssignmentRule(0, 1, AssignmentRuleType.REGION, "广东",
                List.of(B_REP.userId(), B_MANAGER.userId()), 4));
        assertThatThrownBy(() -> crm.leads.saveAssignmentRules(A_MANAGER, rules)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.leads.saveAssignmentRules(ADMIN, List.of(new AssignmentRule(0, 1,
                AssignmentRuleType.REGION, null, List.of(1L), 4)))).isInstanceOf(ValidationException.class);
        crm.leads.saveAssignmentRules(ADMIN, rules);

        Lead first = crm.leads.create(A_REP, lead("广州某厂", "广东省"));
        Lead second = crm.leads.create(A_REP, lead("深圳某厂", "广东省"));
        Lead third = crm.leads.create(A_REP, lead("杭州某厂", "浙江省"));
        assertThat(List.of(first.ownerUserId(), second.ownerUserId(), third.ownerUserId()))
                .containsExactly(B_REP.userId(), B_MANAGER.userId(), A_REP.userId());
        assertThat(first.ownerUnitId()).isEqualTo(B_SALES);
        assertThat(Duration.between(first.createdAt(), first.followUpDeadline()).toHours()).isEqualTo(4);
    }

    @Test
    void conversionCreatesCustomerContactAndOpportunityAtomically() {
        Lead l = crm.leads.create(A_REP, lead("华东钢铁贸易有限公司", "上海"));
        LeadConversionResult r = crm.leads.convert(A_REP, l.id(), new LeadConversion(null,
                CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE), "采购经理", "首单",
                new BigDecimal("50000"), LocalDate.now().plusMonths(1), false));
        assertThat(r.converted()).isTrue();
        assertThat(crm.customers.get(A_REP, r.customerId()).lifecycle()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(crm.contacts.search(A_REP, ContactFilter.ofCustomer(r.customerId()),
                org.atrium.platform.api.PageRequest.first(5))).singleElement()
                .satisfies(c -> assertThat(c.mobile()).isEqualTo("13900139000"));
        assertThat(crm.opportunities.get(A_REP, r.opportunityId()).amount()).isEqualByComparingTo("50000");
        Lead converted = crm.leads.get(A_REP, l.id());
        assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(converted.convertedCustomerId()).isEqualTo(r.customerId());
        assertThatThrownBy(() -> crm.leads.markFollowing(A_REP, l.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void conversionStopsOnDuplicatesAndWritesNothing() {
        crm.customers.create(B_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE));
        Lead l = crm.leads.create(A_REP, lead("华东钢铁", "上海"));

        // a certain duplicate (same normalised name, held by B) stops the conversion and names the holder
        assertThatThrownBy(() -> crm.leads.convert(A_REP, l.id(), new LeadConversion(null,
                CustomerDraft.of("华东钢铁贸易股份有限公司", CustomerType.ENTERPRISE), null, "单", BigDecimal.TEN,
                LocalDate.now(), true))).isInstanceOfSatisfying(DuplicateCustomerException.class,
                        e -> assertThat(e.getMatches()).singleElement()
                                .satisfies(m -> assertThat(m.holderCompany()).isEqualTo("华南子公司")));
        // a similar one asks first
        LeadConversionResult asked = crm.leads.convert(A_REP, l.id(), new LeadConversion(null,
                CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE), null, null, null, null, false));
        assertThat(asked.converted()).isFalse();
        assertThat(asked.similar()).singleElement().satisfies(m -> assertThat(m.customerId()).isNull());
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isEqualTo(1);
        assertThat(crm.contacts.count(ADMIN, ContactFilter.all())).isZero();
        assertThat(crm.leads.get(A_REP, l.id()).status()).isEqualTo(LeadStatus.NEW);

        LeadConversionResult accepted = crm.leads.convert(A_REP, l.id(), new LeadConversion(null,
                CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE), null, null, null, null, true));
        assertThat(accepted.converted()).isTrue();
        assertThat(accepted.opportunityId()).isNull();
    }

    @Test
    void overdueLeadsFeedTheOwnersTodos() {
        crm.leads.saveAssignmentRules(ADMIN, List.of(new AssignmentRule(0, 1, AssignmentRuleType.ANY, null,
                List.of(A_REP.userId()), 1)));
        Lead l = crm.leads.create(A_MANAGER, lead("某厂", null));
        db.store.jpa().run(em -> em.createQuery("UPDATE LeadEntity l SET l.followUpDeadline = :past WHERE l.id = :id")
                .setParameter("past", Instant.now().minus(Duration.ofHours(2))).setParameter("id", l.id()).executeUpdate());
        OverdueLeadsTodo todo = new OverdueLeadsTodo(db.store);
        assertThat(todo.count(A_REP)).isEqualTo(1);
        assertThat(todo.count(A_MANAGER)).isZero();
        assertThat(todo.items(A_REP, 5)).singleElement().satisfies(i -> {
            assertThat(i.title()).contains("周杰");
            assertThat(i.parameter()).isEqualTo(String.valueOf(l.id()));
        });
        assertThat(crm.leads.count(A_REP, new org.atrium.crm.api.lead.LeadFilter(null, null, null, true, true))).isEqualTo(1);
        crm.leads.markFollowing(A_REP, l.id());
        assertThat(todo.count(A_REP)).isZero();
    }

    @Test
    void leadsOfOneCustomerWithinTheLeadScope() {
        long x = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        Lead byA = crm.leads.create(A_REP, lead("华东钢铁", "上海"));
        Lead byB = crm.leads.create(B_REP, lead("华东钢铁集团", "上海"));
        Lead elsewhere = crm.leads.create(A_REP, lead("宁波港务", "浙江"));
        crm.leads.create(A_REP, lead("华东钢铁（未转化）", "上海"));
        LeadConversion intoX = new LeadConversion(x, null, null, null, null, null, false);
        crm.leads.convert(A_REP, byA.id(), intoX);
        crm.leads.convert(ADMIN, byB.id(), intoX); // B's lead, converted into A's customer by the group admin
        crm.leads.convert(A_REP, elsewhere.id(), new LeadConversion(null,
                CustomerDraft.of("宁波港务有限公司", CustomerType.ENTERPRISE), null, null, null, null, true));

        LeadFilter ofX = LeadFilter.ofCustomer(x);
        org.atrium.platform.api.PageRequest page = org.atrium.platform.api.PageRequest.first(10);
        assertThat(crm.leads.search(ADMIN, ofX, page)).extracting(Lead::id).containsExactlyInAnyOrder(byA.id(), byB.id());
        assertThat(crm.leads.search(A_MANAGER, ofX, page)).extracting(Lead::id).containsExactly(byA.id());
        assertThat(crm.leads.count(B_MANAGER, ofX)).isEqualTo(1);
        assertThat(crm.leads.search(B_MANAGER, ofX, page)).extracting(Lead::id).containsExactly(byB.id());
        assertThat(crm.leads.count(A_OWN, ofX)).isZero();
        assertThat(crm.leads.count(A_REP, LeadFilter.all().withCustomer(x))).isEqualTo(1);
        assertThat(crm.leads.count(A_REP, new LeadFilter(null, java.util.Set.of(LeadStatus.NEW), null, false, false, x)))
                .isZero();
        assertThatThrownBy(() -> crm.leads.count(NOBODY, ofX)).isInstanceOf(AccessDeniedException.class);
    }
}
