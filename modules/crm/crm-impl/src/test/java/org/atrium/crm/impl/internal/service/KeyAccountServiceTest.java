package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.DormantCustomer;
import org.atrium.crm.api.keyaccount.ParetoReport;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.impl.internal.keyaccount.KeyAccountConfig;
import org.atrium.crm.impl.internal.keyaccount.KeyAccountServiceImpl;
import org.atrium.crm.impl.internal.keyaccount.TierBasis;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyAccountServiceTest {

    private static final String[] NAMES = {"上海恒瑞精密机械有限公司", "杭州华信物流有限公司", "苏州金泰新材料有限公司",
        "宁波宏达化工有限公司", "南京永鑫电子科技有限公司"};
    private static final long[] AMOUNTS = {500_000, 300_000, 100_000, 60_000, 40_000};

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private KeyAccountServiceImpl keyAccounts;
    private final long[] east = new long[5];
    private long south;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        keyAccounts = new KeyAccountServiceImpl(db.store, world.access, world.audit, crm.customers, config());
        for (int i = 0; i < 5; i++) {
            east[i] = customerWithWon(A_REP, NAMES[i], AMOUNTS[i]);
        }
        south = customerWithWon(B_REP, "广州德润物流有限公司", 2_000_000);
        // a lost and an open deal count for nothing
        long lost = crm.opportunities.create(A_REP, new OpportunityDraft(east[4], "丢单", new BigDecimal("9000000"),
                LocalDate.now(), null, List.of())).id();
        crm.opportunities.moveStage(A_REP, lost, "LOST", "价格");
        crm.opportunities.create(A_REP, new OpportunityDraft(east[4], "进行中", new BigDecimal("9000000"),
                LocalDate.now(), null, List.of()));
    }

    private long customerWithWon(UserContext who, String name, long amount) {
        long c = crm.customers.create(who, CustomerDraft.of(name, CustomerType.ENTERPRISE)).id();
        long o = crm.opportunities.create(who, new OpportunityDraft(c, "年度采购", BigDecimal.valueOf(amount),
                LocalDate.now(), null, List.of())).id();
        crm.opportunities.moveStage(who, o, "WON", "价格优势");
        return c;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void paretoRanksTheScopeByWonAmount() {
        ParetoReport report = keyAccounts.pareto(A_MANAGER, PageRequest.first(10));
        assertThat(report.totalWon()).isEqualByComparingTo("1000000");
        assertThat(report.customers()).isEqualTo(5);
        assertThat(report.rows()).extracting(ParetoRow::customerId).containsExactly(east[0], east[1], east[2], east[3],
                east[4]);
        assertThat(report.rows()).extracting(ParetoRow::cumulativeShare).containsExactly(0.5, 0.8, 0.9, 0.96, 1.0);
        assertThat(report.rows().get(0).share()).isCloseTo(0.5, within(1e-9));
        assertThat(report.rows()).extracting(ParetoRow::paretoClass).containsExactly(Tier.A1, Tier.A2, null, null, null);
        assertThat(report.customersFor80Percent()).isEqualTo(2);
        assertThat(report.a1Count()).isEqualTo(1);
        assertThat(report.a2Count()).isEqualTo(1);
        assertThat(report.rows().get(0).name()).isEqualTo(NAMES[0]);

        ParetoReport page = keyAccounts.pareto(A_MANAGER, new PageRequest(3, 10, null, true));
        assertThat(page.rows()).extracting(ParetoRow::rank).containsExactly(4, 5);
        assertThat(page.customers()).isEqualTo(5);

        assertThat(keyAccounts.pareto(B_MANAGER, PageRequest.first(10)).rows()).extracting(ParetoRow::customerId)
                .containsExactly(south);
        assertThat(keyAccounts.pareto(A_OWN, PageRequest.first(10)).customers()).isZero();
        assertThat(keyAccounts.pareto(ADMIN, PageRequest.first(10)).rows().get(0).customerId()).isEqualTo(south);
        assertThatThrownBy(() -> keyAccounts.pareto(NOBODY, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recomputeSetsTiersInTheCallersScopeOnly() {
        var result = keyAccounts.recomputeTiers(A_MANAGER);
        assertThat(result.examined()).isEqualTo(5);
        assertThat(result.changed()).isEqualTo(5);
        assertThat(result.counts()).containsEntry(Tier.A2, 2).containsEntry(Tier.B, 2).containsEntry(Tier.C, 1);
        assertThat(crm.customers.get(A_REP, east[0]).tier()).isEqualTo(Tier.A2);
        assertThat(crm.customers.get(A_REP, east[4]).tier()).isEqualTo(Tier.C);
        assertThat(crm.customers.get(B_REP, south).tier()).as("outside A's scope").isNull();
        verify(world.audit).record(eq(A_MANAGER), eq("crm.customer.tiers.recompute"), eq("crm.customer"), isNull(),
                anyString());
        assertThat(keyAccounts.recomputeTiers(A_MANAGER).changed()).isZero();

        var distribution = keyAccounts.tierDistribution(A_MANAGER);
        assertThat(distribution.counts()).containsEntry(Tier.A1, 0).containsEntry(Tier.A2, 2).containsEntry(Tier.B, 2)
                .containsEntry(Tier.C, 1);
        assertThat(distribution.unclassified()).isZero();
        assertThat(keyAccounts.tierDistribution(B_MANAGER).unclassified()).isEqualTo(1);
        assertThat(keyAccounts.tierDistribution(ADMIN).total()).isEqualTo(6);
        keyAccounts.recomputeTiers(ADMIN);
        assertThat(crm.customers.get(B_REP, south).tier()).isEqualTo(Tier.A1);
    }

    @Test
    void paretoBasisMakesTheA1TierTheParetoHead() {
        // group-wide ranking: 广州德润 2,000,000 (0 % before: A1), 恒瑞 500,000 (66.7 %: A2), 华信 300,000
        // (83.3 %: past both cuts), 金泰 100,000, 宏达 60,000 (B from 50,000), 永鑫 40,000 (C)
        KeyAccountServiceImpl pareto = new KeyAccountServiceImpl(db.store, world.access, world.audit, crm.customers,
                config(TierBasis.PARETO));
        var result = pareto.recomputeTiers(ADMIN);
        assertThat(result.counts()).containsEntry(Tier.A1, 1).containsEntry(Tier.A2, 1).containsEntry(Tier.B, 3)
                .containsEntry(Tier.C, 1);
        ParetoReport chart = pareto.pareto(ADMIN, PageRequest.first(10));
        assertThat(pareto.tierDistribution(ADMIN).counts()).containsEntry(Tier.A1, chart.a1Count())
                .containsEntry(Tier.A2, chart.a2Count());
        assertThat(chart.rows()).extracting(ParetoRow::tier)
                .containsExactly(Tier.A1, Tier.A2, Tier.B, Tier.B, Tier.B, Tier.C);
        assertThat(chart.rows()).extracting(ParetoRow::customerId)
                .containsExactly(south, east[0], east[1], east[2], east[3], east[4]);

        // thresholds would make 广州德润 A1 and both 恒瑞 and 华信 A2: not what the chart marks
        assertThat(keyAccounts.recomputeTiers(ADMIN).counts()).containsEntry(Tier.A1, 1).containsEntry(Tier.A2, 2);

        // a subsidiary manager's recompute ranks the group too, but only changes the customers in scope
        pareto.recomputeTiers(A_MANAGER);
        assertThat(crm.customers.get(A_REP, east[0]).tier()).isEqualTo(Tier.A2);
        assertThat(crm.customers.get(A_REP, east[1]).tier()).isEqualTo(Tier.B);
        assertThat(crm.customers.get(B_REP, south).tier()).as("outside A's scope, left by the threshold run")
                .isEqualTo(Tier.A1);
    }

    @Test
    void dormantCustomersWithoutFollowUp() {
        Instant old = Instant.now().minus(Duration.ofDays(120));
        db.store.jpa().run(em -> em.createQuery("UPDATE CustomerEntity c SET c.createdAt = :t").setParameter("t", old)
                .executeUpdate());
        crm.activities.create(A_REP, new org.atrium.crm.api.activity.ActivityDraft(
                org.atrium.crm.api.activity.ActivityType.VISIT, null, "拜访", null, Instant.now().minus(Duration.ofDays(5)),
                east[0], null, null, null, null));
        crm.activities.create(A_REP, new org.atrium.crm.api.activity.ActivityDraft(
                org.atrium.crm.api.activity.ActivityType.CALL, null, "电话", null, Instant.now().minus(Duration.ofDays(45)),
                east[1], null, null, null, null));

        assertThat(keyAccounts.countDormant(A_MANAGER, 30)).isEqualTo(4);
        assertThat(keyAccounts.countDormant(A_MANAGER, 60)).isEqualTo(3);
        List<DormantCustomer> rows = keyAccounts.dormant(A_MANAGER, 30, PageRequest.first(10));
        assertThat(rows).extracting(d -> d.customer().id()).contains(east[1], east[2]).doesNotContain(east[0], south);
        assertThat(rows.stream().filter(d -> d.customer().id() == east[1]).findFirst().orElseThrow()
                .daysWithoutFollowUp()).isBetween(44L, 45L);
        assertThat(keyAccounts.countDormant(B_MANAGER, 30)).isEqualTo(1);
        assertThat(keyAccounts.countDormant(A_OWN, 30)).isZero();
    }

    /** Tiers by fixed amounts (A1 from 1,000,000, A2 from 300,000, B from 50,000), cuts 0.5 and 0.8. */
    static KeyAccountConfig config() {
        return config(TierBasis.THRESHOLDS);
    }

    static KeyAccountConfig config(TierBasis basis) {
        return new KeyAccountConfig() {
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return KeyAccountConfig.class; }
            @Override public TierBasis tierBasis() { return basis; }
            @Override public long tierA1MinWon() { return 1_000_000L; }
            @Override public long tierA2MinWon() { return 300_000L; }
            @Override public long tierBMinWon() { return 50_000L; }
            @Override public double paretoA1Share() { return 0.5; }
            @Override public double paretoA2Share() { return 0.8; }
        };
    }
}
