package org.atrium.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditEntry;
import org.atrium.platform.api.audit.AuditQuery;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.ManagedAnnouncement;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.portal.LayoutScope;
import org.atrium.platform.api.portal.PortletPlacement;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven over the demo group's roles and scopes: whatever role a user of one subsidiary holds,
 * no service lets that user read or change another subsidiary's data. Positive checks beside
 * each negative one make sure the denials are not simply "everything is denied".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationTests {

    static final String DEMO_PASSWORD = "Demo2024pass";
    static final List<String> SUBSIDIARIES = List.of("EAST", "SOUTH", "NORTH");

    private final String database;
    TestDb db;
    TestPlatform p;
    /** login -> role codes, for users of each subsidiary. */
    final Map<String, List<String>> loginsBySubsidiary = new java.util.HashMap<>();
    final Map<String, Set<String>> rolesByLogin = new java.util.HashMap<>();

    AuthorizationTests(String database) {
        this.database = database;
    }

    @BeforeAll
    void start(@TempDir Path dir) {
        db = TestDb.create(database);
        p = new TestPlatform(db, dir);
        p.loadDemo(DEMO_PASSWORD, 20240601L);
        for (String sub : SUBSIDIARIES) {
            Set<Long> subtree = p.org.subtreeIds(p.unitId(sub));
            List<String> logins = p.users.directory(p.admin(), new UserQuery(null, p.unitId(sub), false),
                    PageRequest.first(1000)).stream()
                    // only people whose every post lies in this subsidiary
                    .filter(u -> p.org.postsOf(u.id()).stream().allMatch(post -> subtree.contains(post.unitId())))
                    .map(UserSummary::login).toList();
            loginsBySubsidiary.put(sub, logins);
            logins.forEach(l -> rolesByLogin.put(l, p.roles.rolesOf(p.contextOf(l).userId()).stream()
                    .map(Role::code).collect(Collectors.toSet())));
            // everybody signs in once, so that every subsidiary has audit entries of its own
            logins.forEach(l -> p.signIn(l, DEMO_PASSWORD));
        }
    }

    @AfterAll
    void stop() {
        db.close();
    }

    /** (role, own subsidiary, other subsidiary) for every role held in every subsidiary. */
    Stream<Arguments> rolesAcrossSubsidiaries() {
        List<Arguments> cases = new ArrayList<>();
        for (String own : SUBSIDIARIES) {
            for (String other : SUBSIDIARIES) {
                if (own.equals(other)) {
                    continue;
                }
                for (String role : List.of("SUB_GM", "DEPT_MANAGER", "DEPT_SUPERVISOR", "EMPLOYEE")) {
                    cases.add(Arguments.of(role, own, other));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} of {1} cannot touch {2}")
    @MethodSource("rolesAcrossSubsidiaries")
    void aSubsidiaryUserNeverReachesAnotherSubsidiary(String role, String own, String other) {
        List<String> actors = loginsBySubsidiary.get(own).stream()
                .filter(l -> holdsAsWidest(l, role)).toList();
        assertThat(actors).as("demo users with %s in %s", role, own).isNotEmpty();
        Set<Long> otherUnits = p.org.subtreeIds(p.unitId(other));
        List<UserSummary> targets = loginsBySubsidiary.get(other).stream()
                .map(l -> p.users.summary(p.contextOf(l).userId()).orElseThrow()).toList();
        Set<String> targetLogins = targets.stream().map(UserSummary::login).collect(Collectors.toSet());

        for (String login : actors) {
            UserContext actor = p.contextOf(login);
            assertDirectoryHides(actor, targetLogins);
            assertAdminListingHides(actor, targetLogins);
            assertUsersUntouchable(actor, targets);
            assertOrgUntouchable(actor, other);
            assertAuditHides(actor, targets);
            assertAnnouncementsHidden(actor, otherUnits);
            assertManageableHides(actor, otherUnits);
            assertThatThrownBy(() -> p.layouts.saveDefaultLayout(actor, new LayoutScope(null, p.unitId(other)),
                    List.of(new PortletPlacement("x", 1, 1)))).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Every demo user holds EMPLOYEE; "EMPLOYEE" means holding nothing more. */
    private boolean holdsAsWidest(String login, String role) {
        Set<String> roles = rolesByLogin.get(login);
        return role.equals("EMPLOYEE") ? roles.equals(Set.of("EMPLOYEE")) : roles.contains(role);
    }

    private void assertDirectoryHides(UserContext actor, Set<String> targetLogins) {
        List<String> visible = p.users.directory(actor, UserQuery.all(), PageRequest.first(1000)).stream()
                .map(UserSummary::login).toList();
        assertThat(visible).contains(actor.login()).doesNotContainAnyElementsOf(targetLogins);
        assertThat(p.users.countDirectory(actor, UserQuery.all())).isEqualTo(visible.size());
    }

    /** The admin listing: only with user.manage, and then never another subsidiary's people. */
    private void assertAdminListingHides(UserContext actor, Set<String> targetLogins) {
        UserQuery everybody = new UserQuery(null, null, true);
        if (!p.access.isPermitted(actor, PlatformPermissions.USER_MANAGE)) {
            assertThatThrownBy(() -> p.users.search(actor, everybody, PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> p.users.count(actor, everybody)).isInstanceOf(AccessDeniedException.class);
            return;
        }
        List<String> listed = p.users.search(actor, everybody, PageRequest.first(1000)).stream()
                .map(UserSummary::login).toList();
        assertThat(listed).contains(actor.login()).hasSizeGreaterThan(1).doesNotContainAnyElementsOf(targetLogins);
        assertThat(p.users.count(actor, everybody)).isEqualTo(listed.size());
    }

    /** The manager's announcement listing: only with notice.manage, never one posted to another subsidiary. */
    private void assertManageableHides(UserContext actor, Set<Long> otherUnits) {
        if (!p.access.isPermitted(actor, PlatformPermissions.NOTICE_MANAGE)) {
            assertThatThrownBy(() -> p.notices.manageable(actor, PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> p.notices.countManageable(actor)).isInstanceOf(AccessDeniedException.class);
            return;
        }
        List<ManagedAnnouncement> listed = p.notices.manageable(actor, PageRequest.first(1000));
        assertThat(listed).noneMatch(m -> otherUnits.contains(m.targetUnitId()));
        // exactly those in force whose target unit the scope reaches
        Set<Long> reach = p.access.scopeOf(actor, PlatformPermissions.NOTICE_MANAGE).unitIds();
        List<Long> expected = p.store.jpa().read(em -> em.createQuery("SELECT a.id FROM AnnouncementEntity a "
                + "WHERE a.withdrawn = :no AND a.targetUnitId IN :u", Long.class)
                .setParameter("no", Boolean.FALSE).setParameter("u", reach).getResultList());
        assertThat(listed).extracting(m -> m.announcement().id()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(p.notices.countManageable(actor)).isEqualTo(listed.size());
    }

    private void assertUsersUntouchable(UserContext actor, List<UserSummary> targets) {
        for (UserSummary target : targets) {
            assertThat(detailOrDenied(actor, target.id())).isEmpty();
            UserDraft draft = new UserDraft(target.login(), "篡改", null, null,
                    List.of(new Post(target.primaryUnitId(), null, true)), List.of(), "zh-CN");
            assertThatThrownBy(() -> p.users.update(actor, target.id(), draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> p.users.setEnabled(actor, target.id(), false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> p.users.resetPassword(actor, target.id())).isInstanceOf(AccessDeniedException.class);
        }
        // nor can a user be created in, or moved into, the other subsidiary
        assertThatThrownBy(() -> p.users.create(actor, new UserDraft("intruder", "入侵者", null, null,
                List.of(new Post(targets.get(0).primaryUnitId(), null, true)), List.of(), "zh-CN")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Optional<?> detailOrDenied(UserContext actor, long userId) {
        try {
            return p.users.detail(actor, userId);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private void assertOrgUntouchable(UserContext actor, String other) {
        long company = p.unitId(other);
        long dept = p.unitId(other + "-S1");
        assertThatThrownBy(() -> p.org.createUnit(actor, company, "X-" + actor.login(), "新部门", OrgUnitType.DEPARTMENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.org.updateUnit(actor, dept, other + "-S1", "改名", OrgUnitType.DEPARTMENT, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.org.moveUnit(actor, dept, p.unitId(actor.login().isEmpty() ? other : ownCompany(actor))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.org.setHead(actor, dept, actor.userId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.org.deleteUnit(actor, p.unitId(other + "-" + branchOf(other))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String ownCompany(UserContext actor) {
        return p.org.companyOf(actor.primaryUnitId()).code().split("-")[0];
    }

    private static String branchOf(String subsidiary) {
        return switch (subsidiary) {
            case "EAST" -> "HZ";
            case "SOUTH" -> "SZ";
            default -> "TJ";
        };
    }

    private void assertAuditHides(UserContext actor, List<UserSummary> targets) {
        Set<Long> targetIds = targets.stream().map(UserSummary::id).collect(Collectors.toSet());
        List<AuditEntry> entries;
        try {
            entries = p.audit.search(actor, new AuditQuery(null, null, null, null), PageRequest.first(1000));
        } catch (AccessDeniedException e) {
            return;
        }
        assertThat(entries).isNotEmpty()
                .noneMatch(e -> e.actorId() != null && targetIds.contains(e.actorId()));
    }

    private void assertAnnouncementsHidden(UserContext actor, Set<Long> otherUnits) {
        List<Long> foreign = p.store.jpa().read(em -> em.createQuery(
                "SELECT a.id FROM AnnouncementEntity a WHERE a.targetUnitId IN :u", Long.class)
                .setParameter("u", otherUnits).getResultList());
        List<Long> visible = p.notices.list(actor, PageRequest.first(100)).stream().map(Announcement::id).toList();
        assertThat(visible).isNotEmpty().doesNotContainAnyElementsOf(foreign);
        assertThat(p.notices.count(actor)).isEqualTo(visible.size());
        for (Long id : foreign) {
            assertThatThrownBy(() -> p.notices.markRead(actor, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> p.notices.withdraw(actor, id)).isInstanceOf(AccessDeniedException.class);
        }
        long target = otherUnits.iterator().next();
        assertThatThrownBy(() -> p.notices.publish(actor, target, "越权公告", "不应发布"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachScopeSeesWhatItShould() {
        UserContext president = p.contextOf(loginWith("GROUP_EXEC", "HQ-CEO"));
        assertThat(p.users.countDirectory(president, UserQuery.all())).isEqualTo(count("SELECT COUNT(u) FROM UserEntity u"));

        String eastGm = loginWith("SUB_GM", "EAST");
        assertThat(directory(eastGm)).containsExactlyInAnyOrderElementsOf(postHoldersIn("EAST"));

        String manager = loginWith("DEPT_MANAGER", "EAST-S2");
        assertThat(directory(manager)).containsExactlyInAnyOrderElementsOf(postHoldersIn("EAST-S2"));

        String employee = loginWith("EMPLOYEE", "SOUTH-CS");
        assertThat(directory(employee)).containsExactly(employee);

        String supervisor = p.store.jpa().read(em -> em.createQuery("SELECT u.login FROM UserEntity u, UserRoleEntity ur, "
                + "RoleEntity r WHERE ur.userId = u.id AND ur.roleId = r.id AND r.code = 'REGIONAL_SUPERVISOR'",
                String.class).getSingleResult());
        Set<String> expected = new java.util.HashSet<>();
        for (String sub : SUBSIDIARIES) {
            expected.addAll(postHoldersIn(sub + "-S1"));
        }
        expected.add(supervisor);
        assertThat(directory(supervisor)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSubsidiaryGeneralManagerAdministersTheSubsidiary() {
        UserContext gm = p.contextOf(loginWith("SUB_GM", "NORTH"));
        String clerk = loginWith("EMPLOYEE", "NORTH-FIN");
        long clerkId = p.contextOf(clerk).userId();

        assertThat(p.users.detail(gm, clerkId)).isPresent();
        String otp = p.users.resetPassword(gm, clerkId);
        assertThat(p.auth.authenticate(clerk, otp.toCharArray(), null).mustChangePassword()).isTrue();
        long unit = p.org.createUnit(gm, p.unitId("NORTH"), "NORTH-NEW", "华北新部门", OrgUnitType.DEPARTMENT).id();
        p.org.deleteUnit(gm, unit);
        Announcement notice = p.notices.publish(gm, p.unitId("NORTH"), "华北通知", "内容");
        UserContext clerkContext = p.contextOf(clerk);
        assertThat(p.notices.unreadCount(clerkContext)).isGreaterThanOrEqualTo(1);
        p.notices.markRead(clerkContext, notice.id());
        assertThat(p.notices.list(clerkContext, PageRequest.first(50))).filteredOn(a -> a.id() == notice.id())
                .singleElement().extracting(Announcement::read).isEqualTo(true);
        p.notices.withdraw(gm, notice.id());
        // a subsidiary manager cannot make anyone a group-wide executive
        long groupExec = p.roles.roles().stream().filter(r -> r.code().equals("GROUP_EXEC")).findFirst().orElseThrow().id();
        var detail = p.users.detail(gm, clerkId).orElseThrow();
        assertThatThrownBy(() -> p.users.update(gm, clerkId, new UserDraft(clerk, detail.summary().displayName(), null,
                null, detail.posts(), List.of(groupExec), "zh-CN"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdminListingShowsThePeopleWhosePrimaryUnitTheAdminManages() {
        UserQuery everybody = new UserQuery(null, null, true);
        UserContext eastGm = p.contextOf(loginWith("SUB_GM", "EAST"));
        Set<Long> east = p.org.subtreeIds(p.unitId("EAST"));
        List<String> primaryInEast = p.store.jpa().read(em -> em.createQuery(
                "SELECT u.login FROM UserEntity u WHERE u.primaryUnitId IN :units", String.class)
                .setParameter("units", east).getResultList());

        assertThat(p.users.search(eastGm, everybody, PageRequest.first(1000))).extracting(UserSummary::login)
                .containsExactlyInAnyOrderElementsOf(primaryInEast);
        assertThat(p.users.count(eastGm, everybody)).isEqualTo(primaryInEast.size());
        // the filters of the query apply on top of the scope
        assertThat(p.users.search(eastGm, new UserQuery(null, p.unitId("NORTH"), true), PageRequest.first(1000)))
                .isEmpty();
        assertThat(p.users.count(p.admin(), everybody)).isEqualTo(count("SELECT COUNT(u) FROM UserEntity u"));

        UserContext employee = p.contextOf(loginWith("EMPLOYEE", "SOUTH-CS"));
        assertThatThrownBy(() -> p.users.search(employee, everybody, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        // the president reads the whole directory but manages no users
        UserContext president = p.contextOf(loginWith("GROUP_EXEC", "HQ-CEO"));
        assertThatThrownBy(() -> p.users.count(president, everybody)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersListTheAnnouncementsOfTheirUnitsWithTheirReaders() {
        UserContext northGm = p.contextOf(loginWith("SUB_GM", "NORTH"));
        UserContext eastGm = p.contextOf(loginWith("SUB_GM", "EAST"));
        UserContext president = p.contextOf(loginWith("GROUP_EXEC", "HQ-CEO"));
        UserContext clerk = p.contextOf(loginWith("EMPLOYEE", "NORTH-FIN"));
        int northBefore = p.notices.countManageable(northGm);
        int clerkBefore = p.notices.count(clerk);
        Announcement notice = p.notices.publish(northGm, p.unitId("NORTH-FIN"), "财务部通知", "内容");
        try {
            p.notices.markRead(clerk, notice.id());

            assertThat(p.notices.countManageable(northGm)).isEqualTo(northBefore + 1);
            assertThat(p.notices.count(clerk)).isEqualTo(clerkBefore + 1);
            // newest first
            ManagedAnnouncement managed = p.notices.manageable(northGm, PageRequest.first(1)).get(0);
            assertThat(managed.announcement().id()).isEqualTo(notice.id());
            assertThat(managed.announcement().read()).isFalse();
            assertThat(managed.targetUnitId()).isEqualTo(p.unitId("NORTH-FIN"));
            assertThat(managed.targetUnitName()).isEqualTo(p.org.unit(p.unitId("NORTH-FIN")).orElseThrow().name());
            assertThat(managed.readers()).isEqualTo(1);
            assertThat(p.notices.manageable(president, PageRequest.first(1000)))
                    .anyMatch(m -> m.announcement().id() == notice.id());
            assertThat(p.notices.manageable(eastGm, PageRequest.first(1000)))
                    .noneMatch(m -> m.announcement().id() == notice.id());
            List<ManagedAnnouncement> all = p.notices.manageable(northGm, PageRequest.first(1000));
            assertThat(p.notices.manageable(northGm, new PageRequest(1, 1000, null, true)))
                    .containsExactlyElementsOf(all.subList(1, all.size()));
            assertThatThrownBy(() -> p.notices.countManageable(clerk)).isInstanceOf(AccessDeniedException.class);
        } finally {
            p.notices.withdraw(northGm, notice.id());
        }
        assertThat(p.notices.countManageable(northGm)).isEqualTo(northBefore);
        assertThat(p.notices.count(clerk)).isEqualTo(clerkBefore);
    }

    private String loginWith(String role, String unitCode) {
        return p.store.jpa().read(em -> em.createQuery("SELECT u.login FROM UserEntity u, UserRoleEntity ur, RoleEntity r "
                + "WHERE ur.userId = u.id AND ur.roleId = r.id AND r.code = :r AND u.primaryUnitId = :unit "
                + "AND (SELECT COUNT(x) FROM UserRoleEntity x WHERE x.userId = u.id) <= 2 ORDER BY u.id DESC",
                String.class).setParameter("r", role).setParameter("unit", p.unitId(unitCode)).setMaxResults(1)
                .getSingleResult());
    }

    private List<String> directory(String login) {
        return p.users.directory(p.contextOf(login), UserQuery.all(), PageRequest.first(1000)).stream()
                .map(UserSummary::login).toList();
    }

    private Set<String> postHoldersIn(String unitCode) {
        Set<Long> units = p.org.subtreeIds(p.unitId(unitCode));
        return new java.util.HashSet<>(p.store.jpa().read(em -> em.createQuery("SELECT DISTINCT u.login FROM UserEntity u, "
                + "PostEntity p WHERE p.userId = u.id AND p.unitId IN :units", String.class)
                .setParameter("units", units).getResultList()));
    }

    private long count(String jpql) {
        return p.store.jpa().read(em -> ((Number) em.createQuery(jpql).getSingleResult()).longValue());
    }
}
