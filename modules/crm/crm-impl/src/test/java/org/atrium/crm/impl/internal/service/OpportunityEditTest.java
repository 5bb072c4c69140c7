package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.impl.internal.opportunity.OpportunityServiceImpl;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code OpportunityService.edit}, the edit dialog's one call: fields and stage saved together or not at
 * all, checked against what is in the database afterwards (plain JDBC, not through the persistence unit).
 */
class OpportunityEditTest {

    private static final String AUDIT_TARGET = "crm.opportunity";

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private long customer;
    private Opportunity opp;
    private final LocalDate close = LocalDate.now().withDayOfMonth(1).plusMonths(2);

    CrmTestDatabase database() throws Exception {
        return new CrmTestDatabase();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = database();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        customer = crm.customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)).id();
        opp = crm.opportunities.create(A_REP, new OpportunityDraft(customer, "年度钢材框架采购",
                new BigDecimal("120000.00"), close, null, List.of(new Competitor("某某重工", new BigDecimal("110000"),
                        "价格低", null))));
        clearInvocations(world.audit);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private OpportunityDraft changed() {
        return new OpportunityDraft(customer, "年度钢材框架采购（二期）", new BigDecimal("250000.50"), close.plusDays(10),
                null, List.of(new Competitor("某某重工", new BigDecimal("240000"), "价格低", "交期长"),
                        new Competitor("华北特钢", null, null, null)));
    }

    @Test
    void fieldsAndStageAreSavedTogether() {
        Opportunity saved = crm.opportunities.edit(A_REP, opp.id(), changed(), "PROPOSAL", null, opp.updatedAt());

        assertThat(saved.name()).isEqualTo("年度钢材框架采购（二期）");
        assertThat(saved.stageCode()).isEqualTo("PROPOSAL");
        assertThat(saved.probability()).isEqualTo(50);
        Row row = row(opp.id());
        assertThat(row.name()).isEqualTo("年度钢材框架采购（二期）");
        assertThat(row.amount()).isEqualByComparingTo("250000.50");
        assertThat(row.close()).isEqualTo(close.plusDays(10));
        assertThat(row.stage()).isEqualTo("PROPOSAL");
        assertThat(row.status()).isEqualTo("OPEN");
        assertThat(row.competitors()).containsExactly("某某重工", "华北特钢");
        verify(world.audit).record(eq(A_REP), eq("crm.opportunity.update"), eq(AUDIT_TARGET),
                eq(String.valueOf(opp.id())), eq("年度钢材框架采购（二期） 250000.50"));
        verify(world.audit).record(eq(A_REP), eq("crm.opportunity.stage"), eq(AUDIT_TARGET),
                eq(String.valueOf(opp.id())), eq("CONTACT -> PROPOSAL"));
    }

    @Test
    void winningWithNewFiguresClosesWithTheReason() {
        Opportunity won = crm.opportunities.edit(A_REP, opp.id(), changed(), "WON", " 价格与交期均优 ", opp.updatedAt());

        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.closedAt()).isNotNull();
        Row row = row(opp.id());
        assertThat(row.amount()).isEqualByComparingTo("250000.50");
        assertThat(row.stage()).isEqualTo("WON");
        assertThat(row.status()).isEqualTo("WON");
        assertThat(row.reason()).isEqualTo("价格与交期均优");
        assertThat(crm.customers.get(A_REP, customer).lifecycle()).isEqualTo(LifecycleStage.DEAL);
        verify(world.audit).record(eq(A_REP), eq("crm.opportunity.stage"), eq(AUDIT_TARGET),
                eq(String.valueOf(opp.id())), eq("CONTACT -> WON: 价格与交期均优"));
    }

    @Test
    void theCurrentStageIsNoMoveAndNoStageAudit() {
        crm.opportunities.edit(A_REP, opp.id(), changed(), "CONTACT", null, opp.updatedAt());

        assertThat(row(opp.id()).name()).isEqualTo("年度钢材框架采购（二期）");
        verify(world.audit).record(eq(A_REP), eq("crm.opportunity.update"), anyString(), anyString(), anyString());
        verify(world.audit, never()).record(any(), eq("crm.opportunity.stage"), anyString(), anyString(), anyString());
    }

    @Test
    void aRefusedStageMoveLeavesTheFieldsUnchanged() {
        Row before = row(opp.id());

        // closing without a reason
        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), "LOST", " ", opp.updatedAt()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsOnlyKeys("reason"));
        assertThat(row(opp.id())).isEqualTo(before);
        // an unknown stage
        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), "NOPE", "原因", opp.updatedAt()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsKey("stageCode"));
        assertThat(row(opp.id())).isEqualTo(before);
        // a reason longer than the column
        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), "WON", "理".repeat(501),
                opp.updatedAt())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsOnlyKeys("reason"));
        assertThat(row(opp.id())).isEqualTo(before);
        verifyNoEditAudited();
    }

    @Test
    void fieldAndReasonErrorsComeTogetherAndNothingIsSaved() {
        Row before = row(opp.id());
        OpportunityDraft bad = new OpportunityDraft(customer, " ", new BigDecimal("1.001"), close, null, List.of());

        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), bad, "WON", null, opp.updatedAt()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsOnlyKeys("name", "amount", "reason"));
        // valid stage move, invalid fields: the stage stays too
        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), bad, "PROPOSAL", null, opp.updatedAt()))
                .isInstanceOf(ValidationException.class);
        assertThat(row(opp.id())).isEqualTo(before);
        verifyNoEditAudited();
    }

    @Test
    void aClosedOpportunityChangesFieldsOnlyWhenReopenedInTheSameEdit() {
        Opportunity lost = crm.opportunities.moveStage(A_REP, opp.id(), "LOST", "预算取消");
        Row closed = row(opp.id());
        clearInvocations(world.audit);

        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), null, null, lost.updatedAt()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsOnlyKeys(""));
        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), "WON", "改判", lost.updatedAt()))
                .isInstanceOf(ValidationException.class);
        assertThat(row(opp.id())).isEqualTo(closed);
        verifyNoEditAudited();

        Opportunity reopened = crm.opportunities.edit(A_REP, opp.id(), changed(), "NEGOTIATION", null,
                lost.updatedAt());
        assertThat(reopened.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopened.winLossReason()).isNull();
        Row row = row(opp.id());
        assertThat(row.status()).isEqualTo("OPEN");
        assertThat(row.stage()).isEqualTo("NEGOTIATION");
        assertThat(row.name()).isEqualTo("年度钢材框架采购（二期）");
        assertThat(row.reason()).isNull();
    }

    @Test
    void outsideTheScopeNothingIsWritten() {
        Row before = row(opp.id());

        // another subsidiary and a user with only their own records do not even see it
        for (UserContext outsider : List.of(B_REP, B_MANAGER, A_OWN, NOBODY)) {
            assertThatThrownBy(() -> crm.opportunities.edit(outsider, opp.id(), changed(), "WON", "原因",
                    opp.updatedAt())).as(outsider.login()).isInstanceOfAny(NotFoundException.class,
                            AccessDeniedException.class);
        }
        assertThat(row(opp.id())).isEqualTo(before);
        verifyNoEditAudited();
    }

    @Test
    void withoutTheEditPermissionNothingIsWritten() {
        Row before = row(opp.id());
        OpportunityServiceImpl viewOnly = new OpportunityServiceImpl(db.store, withoutEdit(world, A_MANAGER),
                world.audit, world.org, world.users, crm.customers);

        assertThat(viewOnly.get(A_MANAGER, opp.id()).id()).isEqualTo(opp.id());
        assertThatThrownBy(() -> viewOnly.edit(A_MANAGER, opp.id(), changed(), "PROPOSAL", null, opp.updatedAt()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> viewOnly.edit(A_MANAGER, opp.id(), null, "WON", "原因", opp.updatedAt()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(row(opp.id())).isEqualTo(before);
        verifyNoEditAudited();
    }

    @Test
    void anEditStartedBeforeSomeoneElsesChangeIsRefused() {
        Opportunity moved = crm.opportunities.moveStage(A_MANAGER, opp.id(), "QUALIFY", null);
        Row afterMove = row(opp.id());
        clearInvocations(world.audit);

        assertThatThrownBy(() -> crm.opportunities.edit(A_REP, opp.id(), changed(), "PROPOSAL", null, opp.updatedAt()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("").containsValue("该记录已被他人修改，请刷新后重试。"));
        assertThat(row(opp.id())).isEqualTo(afterMove);
        verifyNoEditAudited();

        // the version as read back from the database (microseconds on PostgreSQL) is the current one
        Opportunity fresh = crm.opportunities.get(A_REP, opp.id());
        assertThat(fresh.updatedAt()).isNotEqualTo(opp.updatedAt());
        Opportunity saved = crm.opportunities.edit(A_REP, opp.id(), changed(), "PROPOSAL", null, fresh.updatedAt());
        assertThat(saved.stageCode()).isEqualTo("PROPOSAL");
        // and so is the one the last write returned
        assertThat(crm.opportunities.edit(A_REP, opp.id(), changed(), "NEGOTIATION", null, saved.updatedAt())
                .stageCode()).isEqualTo("NEGOTIATION");
        assertThat(moved.updatedAt()).isNotNull();
    }

    @Test
    void updateAndMoveStageKeepTheirOwnRules() {
        // the kanban's move onto a closing stage still needs its reason and writes nothing without it
        Row before = row(opp.id());
        assertThatThrownBy(() -> crm.opportunities.moveStage(A_REP, opp.id(), "WON", null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> crm.opportunities.moveStage(A_REP, opp.id(), null, null))
                .isInstanceOf(ValidationException.class);
        assertThat(row(opp.id())).isEqualTo(before);

        Opportunity updated = crm.opportunities.update(A_REP, opp.id(), changed());
        assertThat(updated.stageCode()).isEqualTo("CONTACT");
        verify(world.audit).record(eq(A_REP), eq("crm.opportunity.update"), eq(AUDIT_TARGET),
                eq(String.valueOf(opp.id())), anyString());
        verify(world.audit, never()).record(any(), eq("crm.opportunity.stage"), anyString(), anyString(), anyString());
        crm.opportunities.moveStage(A_REP, opp.id(), "LOST", "预算取消");
        assertThatThrownBy(() -> crm.opportunities.update(A_REP, opp.id(), changed()))
                .isInstanceOf(ValidationException.class);
        assertThat(row(opp.id()).status()).isEqualTo("LOST");
    }

    private void verifyNoEditAudited() {
        verify(world.audit, never()).record(any(), eq("crm.opportunity.update"), anyString(), anyString(), anyString());
        verify(world.audit, never()).record(any(), eq("crm.opportunity.stage"), anyString(), anyString(), anyString());
    }

    /** The same scopes, but the user may not edit opportunities (a viewer's role). */
    /** The world's access, except that the viewer may not edit opportunities. */
    private static AccessService withoutEdit(TestWorld world, UserContext viewer) {
        return world.new ScopedAccess() {
            @Override
            public ScopeFilter scopeOf(UserContext user, String permission) {
                if (user.userId() == viewer.userId() && permission.equals(CrmPermissions.OPPORTUNITY_EDIT)) {
                    return ScopeFilter.none(permission, user.userId());
                }
                return super.scopeOf(user, permission);
            }
        };
    }

    /** One opportunity as stored, with its competitors' names in order. */
    private record Row(String name, BigDecimal amount, LocalDate close, String stage, String status, String reason,
            Instant updatedAt, List<String> competitors) {
    }

    private Row row(long id) {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement o = c.prepareStatement("SELECT NAME, AMOUNT, EXPECTED_CLOSE, STAGE_CODE, STATUS,"
                        + " WIN_LOSS_REASON, UPDATED_AT FROM CRM_OPPORTUNITY WHERE ID = ?");
                PreparedStatement comp = c.prepareStatement(
                        "SELECT NAME FROM CRM_OPP_COMPETITOR WHERE OPPORTUNITY_ID = ? ORDER BY SORT_ORDER")) {
            o.setLong(1, id);
            comp.setLong(1, id);
            List<String> competitors = new ArrayList<>();
            try (ResultSet rs = comp.executeQuery()) {
                while (rs.next()) {
                    competitors.add(rs.getString(1));
                }
            }
            try (ResultSet rs = o.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new Row(rs.getString(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), competitors);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
