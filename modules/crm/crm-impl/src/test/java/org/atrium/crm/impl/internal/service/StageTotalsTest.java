package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kanban's column totals ({@code stageTotals}): count and amount per stage in one query, with the filter
 * of {@code count} except its stages, and the caller's data scope. On Derby and on PostgreSQL.
 */
class StageTotalsTest {

    /** The customers of the seed: A_REP's two and those of B_REP and A_OWN. */
    private record Seeded(long aSteel, long aMachines, long bLogistics, long aOwnMachines) {
    }

    /**
     * A_REP (subsidiary A): 10,000 + 70,000 in CONTACT (the second on another customer), 25,000.50 + 40,000.25 in
     * QUALIFY, 100,000 in PROPOSAL, 5,000 won. B_REP (subsidiary B): 20,000 in CONTACT, 30,000 in PROPOSAL.
     * A_OWN (A, own records only): 8,000 in CONTACT, 12,000 lost. Nothing in NEGOTIATION.
     */
    private static Seeded seed(CrmServices crm) {
        long aSteel = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        long aMachines = crm.customers.create(A_REP, CustomerDraft.of("苏州精工机电设备有限公司", CustomerType.ENTERPRISE))
                .id();
        long bLogistics = crm.customers.create(B_REP, CustomerDraft.of("华南物流有限公司", CustomerType.ENTERPRISE)).id();
        long aOwn = crm.customers.create(A_OWN, CustomerDraft.of("西北重型机械制造有限公司", CustomerType.ENTERPRISE)).id();
        create(crm, A_REP, aSteel, "华东年度合同", "10000.00", null);
        create(crm, A_REP, aMachines, "华东机电改造", "70000.00", null);
        create(crm, A_REP, aSteel, "华东二期扩容", "25000.50", "QUALIFY");
        create(crm, A_REP, aSteel, "华东仓储系统", "40000.25", "QUALIFY");
        create(crm, A_REP, aSteel, "华东框架协议", "100000.00", "PROPOSAL");
        long spares = create(crm, A_REP, aSteel, "华东备件", "5000.00", null);
        crm.opportunities.moveStage(A_REP, spares, "WON", "交期优于竞争对手");
        create(crm, B_REP, bLogistics, "华南年度合同", "20000.00", null);
        create(crm, B_REP, bLogistics, "华南冷链项目", "30000.00", "PROPOSAL");
        create(crm, A_OWN, aOwn, "西北年度合同", "8000.00", null);
        long lost = create(crm, A_OWN, aOwn, "西北扩建", "12000.00", null);
        crm.opportunities.moveStage(A_OWN, lost, "LOST", "预算取消");
        return new Seeded(aSteel, aMachines, bLogistics, aOwn);
    }

    private static long create(CrmServices crm, UserContext owner, long customer, String name, String amount,
            String stage) {
        return crm.opportunities.create(owner, new OpportunityDraft(customer, name, new BigDecimal(amount),
                LocalDate.now().plusMonths(2), stage, List.of())).id();
    }

    /** @return "count amount" per stage code, the amount to the cent (a longer scale would fail here) */
    private static Map<String, String> totals(CrmServices crm, UserContext caller, OpportunityFilter filter) {
        Map<String, String> out = new TreeMap<>();
        for (StageTotal t : crm.opportunities.stageTotals(caller, filter)) {
            String was = out.put(t.stageCode(), t.count() + " " + t.amount().setScale(2, RoundingMode.UNNECESSARY));
            assertThat(was).as("one total per stage: " + t.stageCode()).isNull();
        }
        return out;
    }

    private static OpportunityFilter text(String text) {
        return new OpportunityFilter(text, null, null, null, null, null, null, false);
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void countsAndSumsEveryStageInOneGoLikeCount(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            seed(crm);

            Map<String, String> all = totals(crm, ADMIN, OpportunityFilter.all());

            // NEGOTIATION has none and is absent
            assertThat(all).containsExactlyInAnyOrderEntriesOf(Map.of("CONTACT", "4 108000.00",
                    "QUALIFY", "2 65000.75", "PROPOSAL", "2 130000.00", "WON", "1 5000.00", "LOST", "1 12000.00"));
            // each stage's count is the one count gives for that stage alone
            for (StageTotal t : crm.opportunities.stageTotals(ADMIN, OpportunityFilter.all())) {
                assertThat(t.count()).isEqualTo(crm.opportunities.count(ADMIN, new OpportunityFilter(null, null,
                        Set.of(t.stageCode()), null, null, null, null, false)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void ignoresTheStagesOfTheFilterButAppliesTheRest(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            Seeded s = seed(crm);

            // the stages of the filter do not narrow the totals: every stage is a column of its own
            assertThat(totals(crm, ADMIN, new OpportunityFilter(null, null, Set.of("PROPOSAL"), null, null, null, null,
                    false))).isEqualTo(totals(crm, ADMIN, OpportunityFilter.all())).hasSize(5);
            // the text, the customer, the statuses and "mine" do
            assertThat(totals(crm, ADMIN, text("华东"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CONTACT", "2 80000.00", "QUALIFY", "2 65000.75", "PROPOSAL", "1 100000.00", "WON", "1 5000.00"));
            assertThat(totals(crm, ADMIN, text("年度合同"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CONTACT", "3 38000.00"));
            assertThat(totals(crm, ADMIN, new OpportunityFilter(null, s.aMachines(), Set.of("WON"), null, null, null,
                    null, false))).containsExactlyInAnyOrderEntriesOf(Map.of("CONTACT", "1 70000.00"));
            assertThat(totals(crm, ADMIN, new OpportunityFilter("华东", s.aSteel(), null, null, null, null, null,
                    false))).containsExactlyInAnyOrderEntriesOf(Map.of("CONTACT", "1 10000.00",
                            "QUALIFY", "2 65000.75", "PROPOSAL", "1 100000.00", "WON", "1 5000.00"));
            assertThat(totals(crm, ADMIN, new OpportunityFilter(null, null, null, Set.of(OpportunityStatus.OPEN), null,
                    null, null, false))).containsOnlyKeys("CONTACT", "QUALIFY", "PROPOSAL");
            assertThat(totals(crm, ADMIN, text("没有这个商机"))).isEmpty();
            assertThat(totals(crm, A_REP, new OpportunityFilter(null, null, null, null, null, null, null, true)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("CONTACT", "2 80000.00", "QUALIFY", "2 65000.75",
                            "PROPOSAL", "1 100000.00", "WON", "1 5000.00"));
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void keepToTheCallersDataScope(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CrmServices crm = new CrmServices(db, new TestWorld());
            seed(crm);

            // a subsidiary's manager: A's rep and A's own-records user, not B
            assertThat(totals(crm, A_MANAGER, OpportunityFilter.all())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CONTACT", "3 88000.00", "QUALIFY", "2 65000.75", "PROPOSAL", "1 100000.00", "WON", "1 5000.00",
                    "LOST", "1 12000.00"));
            assertThat(totals(crm, A_MANAGER, text("华南"))).isEmpty();
            // the manager owns none of them
            assertThat(totals(crm, A_MANAGER, new OpportunityFilter(null, null, null, null, null, null, null, true)))
                    .isEmpty();
            assertThat(totals(crm, B_REP, OpportunityFilter.all())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CONTACT", "1 20000.00", "PROPOSAL", "1 30000.00"));
            // own records only: their own two
            assertThat(totals(crm, A_OWN, OpportunityFilter.all())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "CONTACT", "1 8000.00", "LOST", "1 12000.00"));
            assertThat(totals(crm, A_OWN, text("华东"))).isEmpty();
            // and the same as count in every scope
            for (UserContext caller : List.of(A_MANAGER, B_REP, A_OWN)) {
                assertThat(crm.opportunities.stageTotals(caller, OpportunityFilter.all()).stream()
                        .mapToInt(StageTotal::count).sum()).as(caller.login())
                        .isEqualTo(crm.opportunities.count(caller, OpportunityFilter.all()));
            }
            assertThatThrownBy(() -> crm.opportunities.stageTotals(NOBODY, OpportunityFilter.all()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
