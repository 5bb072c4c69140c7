package org.atrium.crm.impl.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.ParetoReport;
import org.atrium.crm.api.keyaccount.TierDistribution;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.crm.impl.internal.keyaccount.KeyAccountConfig;
import org.atrium.crm.impl.internal.keyaccount.KeyAccountServiceImpl;
import org.atrium.crm.impl.internal.match.CreditCodes;
import org.atrium.crm.impl.internal.persistence.ActivityEntity;
import org.atrium.crm.impl.internal.persistence.ContactEntity;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmDemoTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrmDemoTest.class);

    private static final List<SalesTeam> TEAMS = List.of(
            new SalesTeam(A, "EAST", List.of(new SalesTeam.Rep(A_MANAGER.userId(), A_SALES),
                    new SalesTeam.Rep(A_REP.userId(), A_SALES))),
            new SalesTeam(B, "SOUTH", List.of(new SalesTeam.Rep(B_MANAGER.userId(), B_SALES),
                    new SalesTeam.Rep(B_REP.userId(), B_SALES))));

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private RoleService roles;
    private CrmDemoLoader loader;
    private KeyAccountServiceImpl keyAccounts;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        roles = mock(RoleService.class);
        when(world.org.root()).thenReturn(new OrgUnit(HQ, null, "ROOT", "集团", OrgUnitType.GROUP, null, 0, 0));
        keyAccounts = new KeyAccountServiceImpl(db.store, world.access, world.audit, crm.customers, defaults());
        loader = new CrmDemoLoader(db.store, world.org, world.users, roles, world.audit, crm.customers, crm.opportunities,
                keyAccounts);
    }

    /** The key-account settings as shipped (every attribute at its default). */
    static KeyAccountConfig defaults() {
        return (KeyAccountConfig) java.lang.reflect.Proxy.newProxyInstance(KeyAccountConfig.class.getClassLoader(),
                new Class<?>[] {KeyAccountConfig.class}, (proxy, method, args) -> method.getDefaultValue());
    }

    @AfterEach
    void tearDown() {
        loader.stop();
        db.close();
    }

    @Test
    void loadsTheFullDemoQuicklyOnceAndConsistently() {
        long started = System.nanoTime();
        CrmDemoWriter.Counts counts = loader.load(20240601L, 2000, 450, TEAMS).orElseThrow();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("CRM demo load on Derby in-memory: {} rows ({}) in {} ms", counts.total(), counts, millis);

        assertThat(counts.customers()).isEqualTo(2000);
        assertThat(counts.leads()).isEqualTo(450);
        assertThat(counts.contacts()).isBetween(3000, 5000);
        assertThat(counts.opportunities()).isGreaterThan(1000);
        assertThat(counts.activities()).isGreaterThan(10_000);
        assertThat(counts.pooled()).isPositive();
        assertThat(loader.isLoaded()).isTrue();
        assertThat(loader.load(20240601L, 2000, 450, TEAMS)).as("second load").isEmpty();
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isEqualTo(2000);

        Instant now = Instant.now();
        db.store.jpa().read(em -> {
            List<CustomerEntity> customers = em.createQuery("SELECT c FROM CustomerEntity c", CustomerEntity.class)
                    .getResultList();
            Set<String> norms = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (CustomerEntity c : customers) {
                assertThat(norms.add(c.getNameNorm())).as("unique name " + c.getName()).isTrue();
                assertThat(c.getName()).matches(".+(有限公司|有限责任公司)");
                if (c.getCreditCode() != null) {
                    assertThat(CreditCodes.isValid(c.getCreditCode())).as(c.getCreditCode()).isTrue();
                    assertThat(codes.add(c.getCreditCode())).isTrue();
                }
                if (c.getOwnerUserId() == 0) {
                    assertThat(c.getOwnerUnitId()).isIn(A, B);
                    assertThat(c.getPoolSince()).isNotNull();
                } else {
                    assertThat(c.getOwnerUnitId()).isIn(A_SALES, B_SALES);
                }
            }
            assertThat(customers).extracting(CustomerEntity::getTier).doesNotContainNull()
                    .contains(org.atrium.crm.api.customer.Tier.values());
            for (ContactEntity k : em.createQuery("SELECT k FROM ContactEntity k", ContactEntity.class).getResultList()) {
                assertThat(Phones.mobile(k.getMobile())).as(k.getMobile()).isEqualTo(k.getMobile());
            }
            List<Instant> times = em.createQuery("SELECT a.occurredAt FROM ActivityEntity a", Instant.class)
                    .getResultList();
            assertThat(times).allSatisfy(t -> assertThat(t).isBetween(now.minus(Duration.ofDays(366)), now));
            // the twelve months are covered
            assertThat(times.stream().map(t -> java.time.YearMonth.from(t.atZone(java.time.ZoneId.systemDefault())))
                    .distinct().count()).isGreaterThanOrEqualTo(12);
            Long lastMismatch = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.lastActivityAt <> "
                    + "(SELECT MAX(a.occurredAt) FROM ActivityEntity a WHERE a.customerId = c.id)", Long.class)
                    .getSingleResult();
            assertThat(lastMismatch).isZero();
            assertThat(em.createQuery("SELECT COUNT(a) FROM ActivityEntity a WHERE a.nextStepDone = :no "
                    + "AND a.nextStepDate <= :today", Long.class).setParameter("no", Boolean.FALSE).setParameter("today", java.time.LocalDate.now())
                    .getSingleResult()).as("due next steps").isPositive();
            return null;
        });
        assertThat(crm.opportunities.stages()).allSatisfy(stage -> assertThat(crm.opportunities.count(ADMIN,
                new OpportunityFilter(null, null, Set.of(stage.code()), null, null, null, null, false)))
                .as(stage.code()).isPositive());
        assertThat(crm.leads.count(ADMIN, new LeadFilter(null, null, null, true, false))).as("overdue").isPositive();
        assertThat(crm.leads.count(ADMIN, new LeadFilter(null, Set.of(LeadStatus.FOLLOWING), null, false, false)))
                .isPositive();
        // open next steps and the to-do provider on Derby (booleans are bound, not printed as 0)
        assertThat(crm.activities.count(A_MANAGER, new org.atrium.crm.api.activity.ActivityFilter(null, null, null,
                null, null, true, false))).isPositive();
        org.atrium.crm.impl.internal.provider.DueNextStepsTodo todo =
                new org.atrium.crm.impl.internal.provider.DueNextStepsTodo(db.store);
        assertThat(todo.count(A_REP) + todo.count(A_MANAGER)).isPositive();
        assertThat(todo.items(A_REP, 5)).allSatisfy(i -> assertThat(i.due()).isBeforeOrEqualTo(java.time.LocalDate.now()));
        // each subsidiary sees its own half, nothing of the other
        int east = crm.customers.count(A_MANAGER, CustomerFilter.all());
        int south = crm.customers.count(B_MANAGER, CustomerFilter.all());
        assertThat(east + south).isEqualTo(2000);
        assertThat(east).isEqualTo(1000);
        assertThat(crm.customers.search(A_MANAGER, CustomerFilter.all(), PageRequest.first(1000)))
                .allSatisfy(c -> assertThat(c.province()).isIn("上海市", "浙江省", "江苏省"));
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIf("org.atrium.crm.impl.internal.service.CrmTestDatabase#postgresReachable")
    void loadsOnPostgresToo() throws Exception {
        try (CrmTestDatabase pg = CrmTestDatabase.postgres()) {
            CrmServices pgCrm = new CrmServices(pg, world);
            CrmDemoLoader pgLoader = new CrmDemoLoader(pg.store, world.org, world.users, roles, world.audit,
                    pgCrm.customers, pgCrm.opportunities);
            long started = System.nanoTime();
            CrmDemoWriter.Counts counts = pgLoader.load(20240601L, 2000, 450, TEAMS).orElseThrow();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("CRM demo load on PostgreSQL: {} rows in {} ms", counts.total(), millis);
            assertThat(pgCrm.customers.count(A_MANAGER, CustomerFilter.all())).isEqualTo(1000);
            assertThat(pgLoader.load(20240601L, 2000, 450, TEAMS)).isEmpty();
        }
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() throws Exception {
        loader.load(7L, 120, 30, TEAMS).orElseThrow();
        List<String> first = names(db);
        try (CrmTestDatabase other = new CrmTestDatabase(); CrmTestDatabase third = new CrmTestDatabase()) {
            CrmServices otherCrm = new CrmServices(other, world);
            new CrmDemoLoader(other.store, world.org, world.users, roles, world.audit, otherCrm.customers,
                    otherCrm.opportunities).load(7L, 120, 30, TEAMS).orElseThrow();
            assertThat(names(other)).isEqualTo(first);
            CrmServices thirdCrm = new CrmServices(third, world);
            new CrmDemoLoader(third.store, world.org, world.users, roles, world.audit, thirdCrm.customers,
                    thirdCrm.opportunities).load(8L, 120, 30, TEAMS).orElseThrow();
            assertThat(names(third)).isNotEqualTo(first);
        }
    }

    private static List<String> names(CrmTestDatabase database) {
        return database.store.jpa().read(em -> em.createQuery("SELECT CONCAT(c.code, c.name) FROM CustomerEntity c "
                + "ORDER BY c.code", String.class).getResultList());
    }

    @Test
    void teamsAreTheSalesRepsAndTheirManagersPerSubsidiary() {
        OrgUnit group = new OrgUnit(HQ, null, "ROOT", "集团", OrgUnitType.GROUP, null, 0, 0);
        OrgUnit east = new OrgUnit(A, HQ, "EAST", "华东", OrgUnitType.SUBSIDIARY, null, 1, 1);
        OrgUnit south = new OrgUnit(B, HQ, "SOUTH", "华南", OrgUnitType.SUBSIDIARY, null, 2, 1);
        when(world.org.all()).thenReturn(List.of(group, east, south));
        when(world.org.holdersOf("SALES_REP", A)).thenReturn(List.of(summary(A_REP.userId(), A_SALES)));
        when(world.org.holdersOf("DEPT_MANAGER", A)).thenReturn(List.of(summary(A_MANAGER.userId(), A_SALES),
                summary(555, 12)));
        when(world.org.holdersOf("SALES_REP", B)).thenReturn(List.of());
        when(world.org.holdersOf("DEPT_MANAGER", B)).thenReturn(List.of(summary(B_MANAGER.userId(), B_SALES)));

        assertThat(loader.teams()).containsExactly(new SalesTeam(A, "EAST", List.of(
                new SalesTeam.Rep(A_MANAGER.userId(), A_SALES), new SalesTeam.Rep(A_REP.userId(), A_SALES))));
    }

    @Test
    void demoRolesGetCrmGrantsWithTheirScopeThroughTheAdministrator() {
        UserSummary president = summary(900, HQ);
        UserSummary admin = new UserSummary(1, "admin", "系统管理员", HQ, "集团", null, null, null, true);
        when(world.org.root()).thenReturn(new OrgUnit(HQ, null, "ROOT", "集团", OrgUnitType.GROUP, 900L, 0, 0));
        when(world.org.headOf(HQ)).thenReturn(Optional.of(president));
        when(world.users.directory(any(), any(), any())).thenReturn(List.of(admin));
        Grant directory = new Grant("platform.directory.view", DataScope.CUSTOM, Set.of(11L, 21L));
        when(roles.roles()).thenReturn(List.of(
                new Role(5, "REGIONAL_SUPERVISOR", "区域督导", "d", List.of(directory)),
                new Role(6, "ADMIN", "系统管理员", "d", List.of()),
                new Role(7, "EMPLOYEE", "普通员工", "d", List.of(Grant.of("crm.customer.delete", DataScope.GROUP)))));

        assertThat(loader.grantDemoRoles()).isEqualTo(2);

        verify(roles).update(eq(new org.atrium.platform.api.identity.UserContext(1, "admin", "系统管理员", HQ,
                java.util.Locale.SIMPLIFIED_CHINESE)), eq(5L), eq("区域督导"), eq("d"), org.mockito.ArgumentMatchers
                .argThat(grants -> grants.contains(directory) && grants.contains(new Grant("crm.customer.view",
                        DataScope.CUSTOM, Set.of(11L, 21L))) && grants.stream()
                        .noneMatch(g -> g.permission().equals("crm.customer.edit"))));
        verify(roles).update(any(), eq(7L), anyString(), anyString(), org.mockito.ArgumentMatchers.argThat(grants ->
                grants.contains(Grant.of("crm.customer.view", DataScope.OWN))
                        && grants.stream().noneMatch(g -> g.permission().equals("crm.customer.delete"))));
        verify(roles, never()).update(any(), eq(6L), anyString(), anyString(), any());
    }

    @Test
    void tiersAtTheEndOfTheLoadAreTheParetoCuts() {
        loader.load(7L, 400, 20, TEAMS).orElseThrow();
        // computed with the shipped settings: the tier counts are the Pareto chart's cuts, customer by customer
        ParetoReport pareto = keyAccounts.pareto(ADMIN, PageRequest.first(1000));
        TierDistribution tiers = keyAccounts.tierDistribution(ADMIN);
        assertThat(pareto.a1Count()).isPositive();
        assertThat(tiers.counts().get(Tier.A1)).isEqualTo(pareto.a1Count());
        assertThat(tiers.counts().get(Tier.A2)).isEqualTo(pareto.a2Count());
        List<org.atrium.crm.api.keyaccount.ParetoRow> ranked = new java.util.ArrayList<>();
        for (int offset = 0; offset < pareto.customers(); offset += 1000) {
            ranked.addAll(keyAccounts.pareto(ADMIN, new PageRequest(offset, 1000, null, true)).rows());
        }
        assertThat(ranked).hasSize(pareto.customers());
        assertThat(ranked).allSatisfy(r -> assertThat(r.tier()).as(r.name())
                .isEqualTo(r.paretoClass() != null ? r.paretoClass()
                        : r.wonAmount().compareTo(java.math.BigDecimal.valueOf(50_000)) >= 0 ? Tier.B : Tier.C));
        assertThat(keyAccounts.recomputeTiers(ADMIN).changed()).as("already up to date").isZero();
        verify(world.audit).record(isNull(), eq("crm.demo.load"), eq("crm"), isNull(),
                org.mockito.ArgumentMatchers.contains("tiers by PARETO"));
    }

    @Test
    void grantsPerRole() {
        assertThat(DemoGrants.withCrmGrants("GROUP_EXEC", List.of())).hasSize(CrmPermissions.all().size())
                .allSatisfy(g -> assertThat(g.scope()).isEqualTo(DataScope.GROUP));
        assertThat(DemoGrants.withCrmGrants("SUB_GM", List.of())).allSatisfy(g -> {
            assertThat(g.scope()).isEqualTo(DataScope.COMPANY);
            assertThat(g.permission()).isNotEqualTo("crm.pipeline.manage");
        });
        assertThat(DemoGrants.withCrmGrants("DEPT_MANAGER", List.of()))
                .extracting(Grant::scope).containsOnly(DataScope.DEPARTMENT_AND_BELOW);
        assertThat(DemoGrants.withCrmGrants("DEPT_SUPERVISOR", List.of()))
                .extracting(Grant::scope).containsOnly(DataScope.DEPARTMENT);
        assertThat(DemoGrants.withCrmGrants("REGIONAL_SUPERVISOR", List.of())).isNull();
        assertThat(DemoGrants.withCrmGrants("SALES_TEMP", List.of())).isNull();
    }

    private static UserSummary summary(long id, long unit) {
        return new UserSummary(id, "u" + id, "用户" + id, unit, "U" + unit, null, null, null, true);
    }
}
