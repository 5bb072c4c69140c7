package org.atrium.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.portal.LayoutScope;
import org.atrium.platform.api.portal.PortletPlacement;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Migrations, database detection, the demo group and dashboard layouts on a real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceTests {

    static final String DEMO_PASSWORD = "Demo2024pass";
    static final long SEED = 20240601L;

    private final String database;
    private final String expectedPlatform;
    TestDb db;
    TestPlatform p;
    Path dataDir;

    PersistenceTests(String database, String expectedPlatform) {
        this.database = database;
        this.expectedPlatform = expectedPlatform;
    }

    @BeforeAll
    void start(@TempDir Path dir) {
        dataDir = dir;
        db = TestDb.create(database);
        p = new TestPlatform(db, dir);
        p.loadDemo(DEMO_PASSWORD, SEED);
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void eclipseLinkDetectsTheDatabaseFromTheConnection() {
        assertThat(JpaHelper.getServerSession(db.emf()).getPlatform().getClass().getSimpleName())
                .isEqualTo(expectedPlatform);
    }

    @Test
    void theChangelogRunsOnceAndARestartChangesNothing() throws Exception {
        long changeSets = sql("SELECT COUNT(*) FROM DATABASECHANGELOG");
        long users = sql("SELECT COUNT(*) FROM ATR_USER");

        db.migrateAgain();

        assertThat(changeSets).isEqualTo(7);
        assertThat(sql("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo(changeSets);
        assertThat(sql("SELECT COUNT(*) FROM ATR_USER")).isEqualTo(users);
    }

    @Test
    void theDemoGroupHasHeadquartersThreeSubsidiariesAndAboutSixtyPeople() throws Exception {
        assertThat(p.org.root().name()).isEqualTo("华夏联合集团");
        assertThat(p.org.children(p.org.root().id())).extracting(OrgUnit::type).containsOnly(OrgUnitType.DEPARTMENT,
                OrgUnitType.SUBSIDIARY);
        assertThat(p.org.all()).filteredOn(u -> u.type() == OrgUnitType.SUBSIDIARY).hasSize(3)
                .allSatisfy(u -> assertThat(u.headUserId()).isNotNull());
        assertThat(p.org.all()).filteredOn(u -> u.type() == OrgUnitType.BRANCH).hasSize(3);
        int people = p.users.countDirectory(p.admin(), UserQuery.all());
        assertThat(people).isBetween(55, 70);
        List<String> lines = Files.readAllLines(dataDir.resolve("atrium/demo-users.txt"));
        assertThat(lines).hasSize(people); // header line + every demo user, without admin
        assertThat(lines.get(1)).matches("[a-z]+[0-9]*\t\\p{IsHan}{2,3}\t.+\t.+");
        assertThat(p.roles.roles()).extracting(r -> r.code()).contains("GROUP_EXEC", "SUB_GM", "DEPT_MANAGER",
                "DEPT_SUPERVISOR", "EMPLOYEE", "REGIONAL_SUPERVISOR");
    }

    @Test
    void demoUsersSignInWithTheConfiguredPasswordAndNeedNoChange() throws Exception {
        String login = Files.readAllLines(dataDir.resolve("atrium/demo-users.txt")).get(5).split("\t")[0];

        AuthResult result = p.auth.authenticate(login, DEMO_PASSWORD.toCharArray(), null);
        assertThat(result.status()).isEqualTo(AuthResult.Status.SUCCESS);
        assertThat(result.mustChangePassword()).isFalse();
    }

    @Test
    void theDemoIsLoadedOnceAndTheSameSeedGivesTheSameGroup(@TempDir Path otherDir) throws Exception {
        long users = sql("SELECT COUNT(*) FROM ATR_USER");
        p.loadDemo(DEMO_PASSWORD, SEED);
        assertThat(sql("SELECT COUNT(*) FROM ATR_USER")).isEqualTo(users);

        try (TestDb other = TestDb.create("derby")) {
            TestPlatform second = new TestPlatform(other, otherDir);
            second.loadDemo("Another2024pass", SEED);
            assertThat(Files.readAllLines(otherDir.resolve("atrium/demo-users.txt")))
                    .isEqualTo(Files.readAllLines(dataDir.resolve("atrium/demo-users.txt")));
        }
    }

    @Test
    void dashboardLayoutsResolvePersonalThenRoleThenCompanyThenGroup() {
        UserContext admin = p.admin();
        String login = p.store.jpa().read(em -> em.createQuery("SELECT u.login FROM UserEntity u WHERE u.primaryUnitId = :u "
                + "ORDER BY u.id DESC", String.class).setParameter("u", p.unitId("EAST-CS")).setMaxResults(1)
                .getSingleResult());
        UserContext user = p.contextOf(login);
        long employeeRole = p.roles.rolesOf(user.userId()).get(0).id();
        List<PortletPlacement> group = List.of(new PortletPlacement("platform.todo", 2, 1));
        List<PortletPlacement> company = List.of(new PortletPlacement("platform.notice", 1, 1));
        List<PortletPlacement> role = List.of(new PortletPlacement("platform.directory", 3, 1));
        List<PortletPlacement> mine = List.of(new PortletPlacement("crm.funnel", 1, 2), new PortletPlacement("x.y", 2, 1));

        assertThat(p.layouts.layoutFor(user)).isEmpty();
        p.layouts.saveDefaultLayout(admin, LayoutScope.groupDefault(), group);
        assertThat(p.layouts.layoutFor(user)).contains(group);
        p.layouts.saveDefaultLayout(admin, new LayoutScope(null, p.unitId("EAST")), company);
        assertThat(p.layouts.layoutFor(user)).contains(company);
        p.layouts.saveDefaultLayout(admin, new LayoutScope(employeeRole, null), role);
        assertThat(p.layouts.layoutFor(user)).contains(role);
        p.layouts.saveUserLayout(user, mine);
        assertThat(p.layouts.layoutFor(user)).get().asList().containsExactly(mine.get(1), mine.get(0));
        p.layouts.resetUserLayout(user);
        assertThat(p.layouts.layoutFor(user)).contains(role);

        assertThatThrownBy(() -> p.layouts.saveDefaultLayout(user, LayoutScope.groupDefault(), group))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void directoryPagesAndSorts() {
        UserContext admin = p.admin();
        int total = p.users.countDirectory(admin, UserQuery.all());
        var first = p.users.directory(admin, UserQuery.all(), new PageRequest(0, 10, "login", true));
        var second = p.users.directory(admin, UserQuery.all(), new PageRequest(10, 10, "login", true));

        assertThat(first).hasSize(10);
        assertThat(first.get(9).login()).isLessThan(second.get(0).login());
        assertThat(p.users.directory(admin, UserQuery.all(), new PageRequest(0, 1000, "unitName", false))).hasSize(total);
        assertThat(p.users.directory(admin, new UserQuery("huaxia-demo", null, false), PageRequest.first(1000)))
                .hasSize(total - 1);
    }

    @Test
    void theAdminListingPagesAndSorts() {
        UserContext admin = p.admin();
        UserQuery everybody = new UserQuery(null, null, true);
        int total = p.users.count(admin, everybody);
        var first = p.users.search(admin, everybody, new PageRequest(0, 10, "login", true));
        var second = p.users.search(admin, everybody, new PageRequest(10, 10, "login", true));
        var descending = p.users.search(admin, everybody, new PageRequest(0, 1000, "login", false));

        assertThat(first).hasSize(10);
        assertThat(first.get(9).login()).isLessThan(second.get(0).login());
        assertThat(descending).hasSize(total);
        assertThat(descending.get(total - 1 - 10).login()).isEqualTo(second.get(0).login());
        // the database's collation decides the order of Chinese names; ascending and descending mirror each other
        var byUnit = p.users.search(admin, everybody, new PageRequest(0, 1000, "unitName", true));
        var byUnitDescending = p.users.search(admin, everybody, new PageRequest(0, 1000, "unitName", false));
        assertThat(byUnit).hasSize(total);
        assertThat(byUnit.get(0).unitName()).isEqualTo(byUnitDescending.get(total - 1).unitName())
                .isNotEqualTo(byUnitDescending.get(0).unitName());
        assertThat(p.users.count(admin, new UserQuery("huaxia-demo", null, true))).isEqualTo(total - 1);
    }

    private long sql(String query) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
