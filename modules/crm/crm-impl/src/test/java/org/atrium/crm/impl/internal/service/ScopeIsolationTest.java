package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.atrium.crm.api.Owner;
import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Data-scope isolation, data-driven over entities × outsiders × operations: records of subsidiary B
 * are never readable or changeable by users of subsidiary A (company scope), by an own-records user,
 * or by a user without CRM permissions — through any service method — while B's own users and the
 * group admin reach them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeIsolationTest {

    private CrmTestDatabase db;
    private CrmServices crm;
    private long customer;
    private long contact;
    private long lead;
    private long opportunity;
    private long activity;
    private long aCustomer;

    @BeforeAll
    void seedSubsidiaryB() throws Exception {
        db = new CrmTestDatabase();
        crm = new CrmServices(db, new TestWorld());
        Customer c = crm.customers.create(B_REP, CustomerDraft.of("华南物流有限公司", CustomerType.ENTERPRISE));
        customer = c.id();
        contact = crm.contacts.create(B_REP, ContactDraft.of(customer, "黄磊", "13800138000")).id();
        opportunity = crm.opportunities.create(B_REP, new OpportunityDraft(customer, "年度运输合同",
                new BigDecimal("120000.00"), LocalDate.now().plusMonths(2), null, List.of())).id();
        activity = crm.activities.create(B_REP, new ActivityDraft(ActivityType.VISIT, "上门", "首次拜访", null,
                Instant.now().minusSeconds(3600), customer, contact, opportunity, "发送报价", LocalDate.now())).id();
        lead = crm.leads.create(B_REP, new LeadDraft("华南某厂", "周杰", "13900139000", null, "广东省", "广州市", null,
                SourceChannel.EXHIBITION, null)).id();
        aCustomer = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static final List<UserContext> OUTSIDERS = List.of(A_MANAGER, A_REP, A_OWN);

    private Map<String, List<Consumer<UserContext>>> forbiddenOperations() {
        LocalDate close = LocalDate.now().plusMonths(1);
        return Map.of(
                "customer", List.of(
                        u -> crm.customers.get(u, customer),
                        u -> crm.customers.update(u, customer, CustomerDraft.of("改名物流有限公司", CustomerType.OTHER), 0),
                        u -> crm.customers.delete(u, customer),
                        u -> crm.customers.assign(u, customer, new Owner(u.userId(), u.primaryUnitId())),
                        u -> crm.customers.serviceRelationships(u, customer),
                        u -> crm.customers.addServiceRelationship(u, customer, A_SALES, null),
                        u -> crm.customers.merge(u, aCustomer, customer, java.util.Set.of())),
                "contact", List.of(
                        u -> crm.contacts.get(u, contact),
                        u -> crm.contacts.update(u, contact, ContactDraft.of(customer, "改名", null)),
                        u -> crm.contacts.delete(u, contact),
                        u -> crm.contacts.create(u, ContactDraft.of(customer, "新联系人", null))),
                "lead", List.of(
                        u -> crm.leads.get(u, lead),
                        u -> crm.leads.update(u, lead, new LeadDraft(null, "改名", "13900139000", null, null, null,
                                null, SourceChannel.OTHER, null)),
                        u -> crm.leads.markFollowing(u, lead),
                        u -> crm.leads.disqualify(u, lead, "无效"),
                        u -> crm.leads.assign(u, lead, new Owner(u.userId(), u.primaryUnitId())),
                        u -> crm.leads.convert(u, lead, new LeadConversion(aCustomer, null, null, null, null, null, true)),
                        u -> crm.leads.delete(u, lead)),
                "opportunity", List.of(
                        u -> crm.opportunities.get(u, opportunity),
                        u -> crm.opportunities.update(u, opportunity, new OpportunityDraft(customer, "改", BigDecimal.ONE,
                                close, null, List.of())),
                        u -> crm.opportunities.moveStage(u, opportunity, "PROPOSAL", null),
                        u -> crm.opportunities.assign(u, opportunity, new Owner(u.userId(), u.primaryUnitId())),
                        u -> crm.opportunities.delete(u, opportunity),
                        u -> crm.opportunities.create(u, new OpportunityDraft(customer, "抢单", BigDecimal.TEN, close,
                                null, List.of()))),
                "activity", List.of(
                        u -> crm.activities.get(u, activity),
                        u -> crm.activities.update(u, activity, new ActivityDraft(ActivityType.CALL, null, "改", null,
                                Instant.now(), customer, null, null, null, null)),
                        u -> crm.activities.completeNextStep(u, activity),
                        u -> crm.activities.delete(u, activity),
                        u -> crm.activities.create(u, new ActivityDraft(ActivityType.CALL, null, "偷看", null,
                                Instant.now(), customer, null, null, null, null))));
    }

    private Map<String, ToIntFunction<UserContext>> listCounts() {
        return Map.of(
                "customer", u -> crm.customers.search(u, CustomerFilter.all(), PageRequest.first(100)).stream()
                        .filter(c -> c.id() == customer).toList().size() + crm.customers.count(u, CustomerFilter.text("华南")),
                "contact", u -> crm.contacts.search(u, ContactFilter.all(), PageRequest.first(100)).size()
                        + crm.contacts.count(u, ContactFilter.ofCustomer(customer)),
                "lead", u -> crm.leads.search(u, LeadFilter.all(), PageRequest.first(100)).size()
                        + crm.leads.count(u, LeadFilter.all()),
                "opportunity", u -> crm.opportunities.search(u, OpportunityFilter.all(), PageRequest.first(100)).size()
                        + crm.opportunities.count(u, OpportunityFilter.all())
                        + crm.opportunities.funnel(u, new FunnelQuery(null, null, null, FunnelGrouping.NONE)).total()
                                .stages().stream().mapToInt(s -> s.count()).sum(),
                "activity", u -> crm.activities.search(u, ActivityFilter.all(), PageRequest.first(100)).size()
                        + crm.activities.count(u, ActivityFilter.ofCustomer(customer)));
    }

    @TestFactory
    Stream<DynamicTest> outsidersCannotReadOrChangeSubsidiaryBRecords() {
        List<DynamicTest> tests = new ArrayList<>();
        forbiddenOperations().forEach((entity, operations) -> {
            for (UserContext outsider : OUTSIDERS) {
                for (int i = 0; i < operations.size(); i++) {
                    Consumer<UserContext> op = operations.get(i);
                    tests.add(DynamicTest.dynamicTest(entity + " op#" + i + " by " + outsider.login(), () ->
                            assertThatThrownBy(() -> op.accept(outsider))
                                    .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class)));
                }
                tests.add(DynamicTest.dynamicTest(entity + " lists by " + outsider.login(), () ->
                        assertThat(listCounts().get(entity).applyAsInt(outsider)).isZero()));
            }
            tests.add(DynamicTest.dynamicTest(entity + " lists refused without permission", () ->
                    assertThatThrownBy(() -> listCounts().get(entity).applyAsInt(NOBODY))
                            .isInstanceOf(AccessDeniedException.class)));
            for (UserContext insider : List.of(B_MANAGER, ADMIN)) {
                tests.add(DynamicTest.dynamicTest(entity + " visible to " + insider.login(), () ->
                        assertThat(listCounts().get(entity).applyAsInt(insider)).isPositive()));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> recordsAreUnchangedAfterwards() {
        return Stream.of(
                DynamicTest.dynamicTest("customer", () ->
                        assertThat(crm.customers.get(B_MANAGER, customer).name()).isEqualTo("华南物流有限公司")),
                DynamicTest.dynamicTest("contact", () ->
                        assertThat(crm.contacts.get(B_MANAGER, contact).name()).isEqualTo("黄磊")),
                DynamicTest.dynamicTest("lead", () ->
                        assertThat(crm.leads.get(B_MANAGER, lead).ownerUserId()).isEqualTo(B_REP.userId())),
                DynamicTest.dynamicTest("opportunity", () ->
                        assertThat(crm.opportunities.get(B_MANAGER, opportunity).stageCode()).isEqualTo("CONTACT")),
                DynamicTest.dynamicTest("activity", () ->
                        assertThat(crm.activities.get(B_MANAGER, activity).nextStepDone()).isFalse()));
    }
}
