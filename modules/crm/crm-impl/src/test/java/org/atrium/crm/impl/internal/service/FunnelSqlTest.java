package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.MonthlyForecast;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.impl.internal.persistence.OpportunityEntity;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funnel report aggregated by the database, against numbers worked out by hand on a fixture of
 * nine opportunities over five owners, four owning units (two per subsidiary) and four months.
 * Default pipeline: CONTACT 10 % (order 10), QUALIFY 25 % (20), PROPOSAL 50 % (30), NEGOTIATION
 * 75 % (40), WON (90), LOST (99). {@link FunnelSqlPostgresTest} runs the same on PostgreSQL.
 */
class FunnelSqlTest {

    private CrmTestDatabase db;
    private CrmServices crm;

    CrmTestDatabase database() throws Exception {
        return new CrmTestDatabase();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = database();
        crm = new CrmServices(db, new TestWorld());
        long customer = crm.customers.create(ADMIN, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        db.store.jpa().run(em -> {
            // #  owner      unit      stage          status  reached amount      expected close
            em.persist(opp(customer, A_MANAGER, A_SALES, "CONTACT", OpportunityStatus.OPEN, 10, "1000.00", "2026-01-15"));
            em.persist(opp(customer, A_REP, A_SALES, "QUALIFY", OpportunityStatus.OPEN, 20, "2000.00", "2026-01-31"));
            em.persist(opp(customer, A_REP, A_SALES, "PROPOSAL", OpportunityStatus.OPEN, 30, "3333.33", "2026-02-01"));
            em.persist(opp(customer, A_REP, A_SALES, "WON", OpportunityStatus.WON, 90, "5000.00", "2026-02-10"));
            em.persist(opp(customer, A_OWN, A, "NEGOTIATION", OpportunityStatus.OPEN, 40, "800.00", "2026-02-20"));
            em.persist(opp(customer, A_OWN, A, "LOST", OpportunityStatus.LOST, 30, "700.00", "2026-01-05"));
            em.persist(opp(customer, B_MANAGER, B_SALES, "CONTACT", OpportunityStatus.OPEN, 10, "999.99", "2026-03-01"));
            em.persist(opp(customer, B_REP, B_SALES, "WON", OpportunityStatus.WON, 90, "10000.00", "2026-03-31"));
            em.persist(opp(customer, B_REP, B, "PROPOSAL", OpportunityStatus.OPEN, 30, "4000.00", "2025-12-31"));
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static OpportunityEntity opp(long customer, UserContext owner, long unit, String stage,
            OpportunityStatus status, int reached, String amount, String close) {
        OpportunityEntity o = new OpportunityEntity();
        o.setCustomerId(customer);
        o.setName(stage + " " + amount);
        o.setStageCode(stage);
        o.setStatus(status);
        o.setReachedOrder(reached);
        o.setAmount(new BigDecimal(amount));
        o.setExpectedClose(LocalDate.parse(close));
        o.created(owner.userId(), unit, java.time.Instant.parse("2025-11-01T00:00:00Z"));
        return o;
    }

    private FunnelReport funnel(UserContext who, Long unit, FunnelGrouping grouping) {
        return crm.opportunities.funnel(who, new FunnelQuery(null, null, unit, grouping));
    }

    @Test
    void wholeGroupBySubsidiary() {
        FunnelReport report = funnel(ADMIN, null, FunnelGrouping.SUBSIDIARY);
        assertThat(report.groups()).extracting(FunnelGroup::groupName).containsExactly("华东子公司", "华南子公司");

        FunnelGroup a = report.groups().get(0);
        // both of A's units (the subsidiary itself and its sales department) add up
        assertStages(a, new int[] {1, 1, 1, 1}, new String[] {"1000.00", "2000.00", "3333.33", "800.00"},
                new String[] {"100.00", "500.00", "1666.67", "600.00"}, new int[] {6, 5, 4, 2},
                new double[] {5.0 / 6, 4.0 / 5, 2.0 / 4, 1.0 / 2});
        assertClosed(a, 1, "5000.00", 1, 0.5);
        assertThat(a.forecast()).containsExactly(
                month(2026, 1, 2, "3000.00", "600.00", "0.00"),
                month(2026, 2, 2, "4133.33", "2266.67", "5000.00"));

        FunnelGroup b = report.groups().get(1);
        assertStages(b, new int[] {1, 0, 1, 0}, new String[] {"999.99", "0.00", "4000.00", "0.00"},
                new String[] {"100.00", "0.00", "2000.00", "0.00"}, new int[] {3, 2, 2, 1},
                new double[] {2.0 / 3, 1.0, 1.0 / 2, 1.0});
        assertClosed(b, 1, "10000.00", 0, 1.0);
        assertThat(b.forecast()).containsExactly(
                month(2025, 12, 1, "4000.00", "2000.00", "0.00"),
                month(2026, 3, 1, "999.99", "100.00", "10000.00"));

        FunnelGroup total = report.total();
        // CONTACT 1999.99 × 10 % = 199.999 → 200.00; PROPOSAL 7333.33 × 50 % = 3666.665 → 3666.67
        assertStages(total, new int[] {2, 1, 2, 1}, new String[] {"1999.99", "2000.00", "7333.33", "800.00"},
                new String[] {"200.00", "500.00", "3666.67", "600.00"}, new int[] {9, 7, 6, 3},
                new double[] {7.0 / 9, 6.0 / 7, 3.0 / 6, 2.0 / 3});
        assertClosed(total, 2, "15000.00", 1, 2.0 / 3);
        assertThat(total.forecast()).extracting(MonthlyForecast::month).containsExactly(YearMonth.of(2025, 12),
                YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    }

    @Test
    void byDepartmentAndByOwner() {
        assertThat(funnel(ADMIN, null, FunnelGrouping.DEPARTMENT).groups())
                .extracting(FunnelGroup::groupName, g -> g.stages().stream().mapToInt(FunnelStage::count).sum(),
                        FunnelGroup::wonCount, FunnelGroup::lostCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("华东子公司", 1, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("华东销售部", 3, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("华南子公司", 1, 0, 0),
                        org.assertj.core.groups.Tuple.tuple("华南销售部", 1, 1, 0));

        FunnelReport byOwner = funnel(ADMIN, null, FunnelGrouping.OWNER);
        assertThat(byOwner.groups()).extracting(FunnelGroup::groupId)
                .containsExactlyInAnyOrder(100L, 101L, 102L, 200L, 201L);
        FunnelGroup lina = byOwner.groups().stream().filter(g -> g.groupName().equals("李娜")).findFirst().orElseThrow();
        // 李娜: QUALIFY 2000 (reached 20), PROPOSAL 3333.33 (30), won 5000 (90)
        assertStages(lina, new int[] {0, 1, 1, 0}, new String[] {"0.00", "2000.00", "3333.33", "0.00"},
                new String[] {"0.00", "500.00", "1666.67", "0.00"}, new int[] {3, 3, 2, 1},
                new double[] {1.0, 2.0 / 3, 1.0 / 2, 1.0});
        assertThat(lina.forecast()).containsExactly(
                month(2026, 1, 1, "2000.00", "500.00", "0.00"),
                month(2026, 2, 1, "3333.33", "1666.67", "5000.00"));
    }

    @Test
    void scopeAndFiltersApplyInTheQuery() {
        // the subsidiary manager sees A's units only: the same numbers as A's group above
        FunnelGroup a = funnel(A_MANAGER, null, FunnelGrouping.NONE).total();
        assertClosed(a, 1, "5000.00", 1, 0.5);
        assertThat(a.stages()).extracting(FunnelStage::reached).containsExactly(6, 5, 4, 2);
        assertThat(funnel(A_MANAGER, null, FunnelGrouping.NONE).groups()).isEmpty();

        // own records only: #5 (NEGOTIATION 800, reached 40) and #6 (lost after reaching 30)
        FunnelGroup own = funnel(A_OWN, null, FunnelGrouping.OWNER).total();
        assertStages(own, new int[] {0, 0, 0, 1}, new String[] {"0.00", "0.00", "0.00", "800.00"},
                new String[] {"0.00", "0.00", "0.00", "600.00"}, new int[] {2, 2, 2, 1},
                new double[] {1.0, 1.0, 1.0 / 2, 0.0});
        assertClosed(own, 0, "0.00", 1, 0.0);
        assertThat(own.forecast()).containsExactly(month(2026, 2, 1, "800.00", "600.00", "0.00"));

        // B's manager asking for A's unit gets nothing
        FunnelGroup none = funnel(B_MANAGER, A, FunnelGrouping.NONE).total();
        assertThat(none.stages()).allSatisfy(s -> assertThat(s.reached()).isZero());
        assertThat(none.forecast()).isEmpty();
        assertThat(none.winRate()).isNull();

        // expected close in January 2026, A's sales department only: #1 and #2
        FunnelReport january = crm.opportunities.funnel(ADMIN, new FunnelQuery(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"), A_SALES, FunnelGrouping.DEPARTMENT));
        assertThat(january.groups()).extracting(FunnelGroup::groupName).containsExactly("华东销售部");
        assertStages(january.total(), new int[] {1, 1, 0, 0}, new String[] {"1000.00", "2000.00", "0.00", "0.00"},
                new String[] {"100.00", "500.00", "0.00", "0.00"}, new int[] {2, 1, 0, 0},
                new double[] {1.0 / 2, 0.0, Double.NaN, Double.NaN});
        assertThat(january.total().forecast()).containsExactly(month(2026, 1, 2, "3000.00", "600.00", "0.00"));
    }

    private static MonthlyForecast month(int year, int month, int count, String open, String weighted, String won) {
        return new MonthlyForecast(YearMonth.of(year, month), count, new BigDecimal(open), new BigDecimal(weighted),
                new BigDecimal(won));
    }

    /** Rates given as NaN must be {@code null} (nobody reached the stage). */
    private static void assertStages(FunnelGroup g, int[] counts, String[] amounts, String[] weighted, int[] reached,
            double[] rates) {
        assertThat(g.stages()).extracting(FunnelStage::stageCode)
                .containsExactly("CONTACT", "QUALIFY", "PROPOSAL", "NEGOTIATION");
        for (int i = 0; i < counts.length; i++) {
            FunnelStage s = g.stages().get(i);
            assertThat(s.count()).as("count of " + s.stageCode()).isEqualTo(counts[i]);
            assertThat(s.amount()).as("amount of " + s.stageCode()).isEqualByComparingTo(amounts[i]);
            assertThat(s.weightedAmount()).as("weighted of " + s.stageCode()).isEqualByComparingTo(weighted[i]);
            assertThat(s.reached()).as("reached of " + s.stageCode()).isEqualTo(reached[i]);
            if (Double.isNaN(rates[i])) {
                assertThat(s.conversionRate()).as("conversion of " + s.stageCode()).isNull();
            } else {
                assertThat(s.conversionRate()).as("conversion of " + s.stageCode()).isCloseTo(rates[i], within(1e-9));
            }
        }
    }

    private static void assertClosed(FunnelGroup g, int won, String wonAmount, int lost, double winRate) {
        assertThat(g.wonCount()).isEqualTo(won);
        assertThat(g.wonAmount()).isEqualByComparingTo(wonAmount);
        assertThat(g.lostCount()).isEqualTo(lost);
        assertThat(g.winRate()).isCloseTo(winRate, within(1e-9));
    }
}
