package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpportunityServiceTest {

    private CrmTestDatabase db;
    private CrmServices crm;
    private long aCustomer;
    private long bCustomer;
    private final LocalDate close = LocalDate.now().withDayOfMonth(1).plusMonths(1);

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        crm = new CrmServices(db, new TestWorld());
        aCustomer = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        bCustomer = crm.customers.create(B_REP, CustomerDraft.of("华南物流有限公司", CustomerType.ENTERPRISE)).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Opportunity create(org.atrium.platform.api.identity.UserContext who, long customer, String amount) {
        return crm.opportunities.create(who, new OpportunityDraft(customer, "商机" + amount, new BigDecimal(amount), close,
                null, List.of()));
    }

    @Test
    void defaultPipelineIsSeeded() {
        assertThat(crm.opportunities.stages()).extracting(PipelineStage::code)
                .containsExactly("CONTACT", "QUALIFY", "PROPOSAL", "NEGOTIATION", "WON", "LOST");
    }

    @Test
    void createStartsInFirstStageAndPromotesCustomer() {
        Opportunity o = crm.opportunities.create(A_REP, new OpportunityDraft(aCustomer, "年度钢材框架采购",
                new BigDecimal("1250000.5"), close, null, List.of(new Competitor("某某重工", new BigDecimal("1200000"),
                        "价格低", "交期长"))));
        assertThat(o.stageCode()).isEqualTo("CONTACT");
        assertThat(o.probability()).isEqualTo(10);
        assertThat(o.amount()).isEqualByComparingTo("1250000.50");
        assertThat(o.competitors()).extracting(Competitor::name).containsExactly("某某重工");
        assertThat(crm.customers.get(A_REP, aCustomer).lifecycle()).isEqualTo(LifecycleStage.OPPORTUNITY);
    }

    @Test
    void invalidAmountsAreRejected() {
        for (String amount : List.of("-1", "1.001")) {
            assertThatThrownBy(() -> create(A_REP, aCustomer, amount)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.getFieldErrors()).containsKey("amount"));
        }
        assertThat(crm.opportunities.count(ADMIN, org.atrium.crm.api.opportunity.OpportunityFilter.all())).isZero();
    }

    @Test
    void movingThroughStagesClosesAndReopens() {
        Opportunity o = create(A_REP, aCustomer, "1000");
        assertThatThrownBy(() -> crm.opportunities.moveStage(A_REP, o.id(), "WON", " "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> crm.opportunities.moveStage(A_REP, o.id(), "NOPE", null))
                .isInstanceOf(ValidationException.class);
        Opportunity won = crm.opportunities.moveStage(A_REP, o.id(), "WON", "价格与交期均优");
        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.closedAt()).isNotNull();
        assertThat(crm.customers.get(A_REP, aCustomer).lifecycle()).isEqualTo(LifecycleStage.DEAL);
        assertThatThrownBy(() -> crm.opportunities.update(A_REP, o.id(), new OpportunityDraft(aCustomer, "x",
                BigDecimal.ONE, close, null, List.of()))).isInstanceOf(ValidationException.class);
        Opportunity reopened = crm.opportunities.moveStage(A_REP, o.id(), "NEGOTIATION", null);
        assertThat(reopened.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopened.winLossReason()).isNull();
    }

    @Test
    void funnelCountsConversionAndForecastWithinScope() {
        Opportunity a1 = create(A_REP, aCustomer, "1000");
        Opportunity a2 = create(A_REP, aCustomer, "2000");
        Opportunity a3 = create(A_MANAGER, aCustomer, "4000");
        create(B_REP, bCustomer, "999999");
        crm.opportunities.moveStage(A_REP, a2.id(), "PROPOSAL", null);
        crm.opportunities.moveStage(A_MANAGER, a3.id(), "PROPOSAL", null);
        crm.opportunities.moveStage(A_MANAGER, a3.id(), "LOST", "预算取消");

        FunnelReport report = crm.opportunities.funnel(A_MANAGER, new FunnelQuery(null, null, null, FunnelGrouping.OWNER));
        FunnelGroup total = report.total();
        assertThat(total.stages().get(0).count()).isEqualTo(1);
        assertThat(total.stages().get(0).reached()).isEqualTo(3);
        // CONTACT → QUALIFY: a2 and a3 jumped to PROPOSAL, so they reached QUALIFY's order too
        assertThat(total.stages().get(0).conversionRate()).isEqualTo(2.0 / 3);
        assertThat(total.stages().get(2).amount()).isEqualByComparingTo("2000.00");
        assertThat(total.stages().get(2).weightedAmount()).isEqualByComparingTo("1000.00");
        assertThat(total.lostCount()).isEqualTo(1);
        assertThat(total.forecast()).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(YearMonth.from(close));
            assertThat(m.openAmount()).isEqualByComparingTo("3000.00");
            assertThat(m.weightedAmount()).isEqualByComparingTo("1100.00");
        });
        assertThat(report.groups()).extracting(FunnelGroup::groupName).containsExactlyInAnyOrder("张伟", "李娜");

        FunnelReport bySubsidiary = crm.opportunities.funnel(ADMIN,
                new FunnelQuery(null, null, null, FunnelGrouping.SUBSIDIARY));
        assertThat(bySubsidiary.groups()).extracting(FunnelGroup::groupName).containsExactly("华东子公司", "华南子公司");
        assertThat(a1.id()).isPositive();
    }

    @Test
    void pipelineIsConfigurableByGroupAdminsOnly() {
        List<PipelineStage> stages = new ArrayList<>(crm.opportunities.stages());
        stages.add(new PipelineStage("CONTRACT", "合同审批", "Contract approval", 90, 50, StageKind.OPEN));
        assertThatThrownBy(() -> crm.opportunities.saveStages(A_MANAGER, stages)).isInstanceOf(AccessDeniedException.class);
        assertThat(crm.opportunities.saveStages(ADMIN, stages)).extracting(PipelineStage::code).contains("CONTRACT");

        create(A_REP, aCustomer, "10");
        List<PipelineStage> withoutContact = stages.stream().filter(s -> !s.code().equals("CONTACT")).toList();
        assertThatThrownBy(() -> crm.opportunities.saveStages(ADMIN, withoutContact))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CONTACT");
        List<PipelineStage> noWon = stages.stream().filter(s -> s.kind() != StageKind.WON).toList();
        assertThatThrownBy(() -> crm.opportunities.saveStages(ADMIN, noWon)).isInstanceOf(ValidationException.class);
        assertThat(crm.opportunities.stages()).hasSize(7);
    }
}
