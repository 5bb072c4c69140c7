package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The same changelog, mappings and queries on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
@EnabledIf("org.atrium.crm.impl.internal.service.CrmTestDatabase#postgresReachable")
class PostgresTest {

    private CrmTestDatabase db;
    private CrmServices crm;

    @BeforeEach
    void setUp() throws Exception {
        db = CrmTestDatabase.postgres();
        crm = new CrmServices(db, new TestWorld());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void customerLifecycleSearchDuplicatesAndScopes() {
        Customer a = crm.customers.create(A_REP, CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE)
                .withCreditCode("91330100799655058B"));
        Customer b = crm.customers.create(B_REP, CustomerDraft.of("华南物流有限公司", CustomerType.ENTERPRISE));
        assertThatThrownBy(() -> crm.customers.create(B_REP, CustomerDraft.of("别名", CustomerType.OTHER)
                .withCreditCode("91330100799655058b"))).isInstanceOf(DuplicateCustomerException.class);
        assertThat(crm.customers.search(A_REP, CustomerFilter.text("shhd"), PageRequest.first(10)))
                .extracting(Customer::id).containsExactly(a.id());
        assertThat(crm.customers.search(A_REP, CustomerFilter.all(), new PageRequest(0, 10, "name", false)))
                .extracting(Customer::id).containsExactly(a.id());
        assertThatThrownBy(() -> crm.customers.get(A_REP, b.id())).isInstanceOf(NotFoundException.class);
        crm.customers.addServiceRelationship(B_MANAGER, b.id(), A_SALES, null);
        assertThat(crm.customers.count(A_REP, CustomerFilter.all())).isEqualTo(2);
    }

    @Test
    void opportunitiesActivitiesAndFunnel() {
        long customer = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        long contact = crm.contacts.create(A_REP, ContactDraft.of(customer, "黄磊", "13800138000")).id();
        long opp = crm.opportunities.create(A_REP, new OpportunityDraft(customer, "框架采购", new BigDecimal("8800.50"),
                LocalDate.now().plusDays(20), null, List.of())).id();
        crm.opportunities.moveStage(A_REP, opp, "PROPOSAL", null);
        crm.activities.create(A_REP, new ActivityDraft(ActivityType.MEETING, null, "方案汇报", null,
                Instant.now().minusSeconds(60), customer, contact, opp, "报价", LocalDate.now()));
        assertThat(crm.activities.count(A_REP, new ActivityFilter(customer, null, null, null, null, true, false)))
                .isEqualTo(1);
        var report = crm.opportunities.funnel(A_MANAGER, new FunnelQuery(null, null, A, FunnelGrouping.DEPARTMENT));
        assertThat(report.total().stages().get(2).weightedAmount()).isEqualByComparingTo("4400.25");
        assertThat(report.groups()).singleElement().satisfies(g -> assertThat(g.groupName()).isEqualTo("华东销售部"));
        assertThat(crm.opportunities.funnel(B_MANAGER, new FunnelQuery(null, null, null, FunnelGrouping.NONE))
                .total().stages().stream().mapToInt(s -> s.count()).sum()).isZero();
    }

    @Test
    void poolSweepClaimAndLastFollowUp() {
        TestWorld world = new TestWorld();
        org.mockito.Mockito.when(world.org.all()).thenReturn(new java.util.ArrayList<>(world.units.values()));
        CrmServices services = new CrmServices(db, world);
        var pool = new org.atrium.crm.impl.internal.pool.CustomerPoolServiceImpl(db.store, world.access, world.audit,
                world.org, services.customers, PoolServiceTest.config(30, 10));
        long stale = services.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        long followed = services.customers.create(A_REP, CustomerDraft.of("上海恒瑞精密机械有限公司", CustomerType.ENTERPRISE)).id();
        Instant old = Instant.now().minusSeconds(200L * 86_400);
        db.store.jpa().run(em -> em.createQuery("UPDATE CustomerEntity c SET c.createdAt = :t, c.ownedSince = :t")
                .setParameter("t", old).executeUpdate());
        services.activities.create(A_REP, new ActivityDraft(ActivityType.CALL, null, "回访", null,
                Instant.now().minusSeconds(3600), followed, null, null, null, null));
        assertThat(pool.sweep(Instant.now())).isEqualTo(1);
        assertThat(pool.countPool(A_OWN, CustomerFilter.all())).isEqualTo(1);
        assertThat(pool.countPool(B_MANAGER, CustomerFilter.all())).isZero();
        assertThat(pool.claim(A_OWN, stale).ownerUserId()).isEqualTo(A_OWN.userId());
    }

    @Test
    void keyAccountsAggregateInScope() {
        long c = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        long o = crm.opportunities.create(A_REP, new OpportunityDraft(c, "框架采购", new BigDecimal("400000.00"),
                LocalDate.now(), null, List.of())).id();
        crm.opportunities.moveStage(A_REP, o, "WON", "价格");
        var keyAccounts = new org.atrium.crm.impl.internal.keyaccount.KeyAccountServiceImpl(db.store,
                new TestWorld().access, org.mockito.Mockito.mock(org.atrium.platform.api.audit.AuditService.class),
                crm.customers, KeyAccountServiceTest.config());
        assertThat(keyAccounts.pareto(A_MANAGER, PageRequest.first(5)).rows()).singleElement()
                .satisfies(r -> assertThat(r.cumulativeShare()).isEqualTo(1.0));
        assertThat(keyAccounts.pareto(B_MANAGER, PageRequest.first(5)).customers()).isZero();
        assertThat(keyAccounts.recomputeTiers(A_MANAGER).changed()).isEqualTo(1);
        assertThat(keyAccounts.tierDistribution(A_MANAGER).counts()).containsEntry(org.atrium.crm.api.customer.Tier.A2, 1);
        assertThat(keyAccounts.countDormant(A_MANAGER, 0)).isEqualTo(1);
    }
}
