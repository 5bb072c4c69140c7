package org.atrium.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.ScopeFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-scope resolution for every {@link DataScope}, with part-time posts, over this tree:
 *
 * <pre>
 * G (group)
 * ├── G-D1 (HQ department)
 * ├── A (subsidiary) ── A-D1 ── A-D1-X ; A-D2 ; A-BR (branch) ── A-BR-D
 * └── B (subsidiary) ── B-D1
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScopeTests {

    static final String VIEW = "test.record.view";

    private final String database;
    TestDb db;
    TestPlatform p;
    UserContext admin;
    final Map<String, Long> roleIds = new java.util.HashMap<>();

    ScopeTests(String database) {
        this.database = database;
    }

    @BeforeAll
    void start(@TempDir Path dir) {
        db = TestDb.create(database);
        p = new TestPlatform(db, dir);
        admin = p.admin();
        long g = p.org.root().id();
        unit(g, "G-D1", OrgUnitType.DEPARTMENT);
        long a = unit(g, "A", OrgUnitType.SUBSIDIARY);
        long ad1 = unit(a, "A-D1", OrgUnitType.DEPARTMENT);
        unit(ad1, "A-D1-X", OrgUnitType.DEPARTMENT);
        unit(a, "A-D2", OrgUnitType.DEPARTMENT);
        long br = unit(a, "A-BR", OrgUnitType.BRANCH);
        unit(br, "A-BR-D", OrgUnitType.DEPARTMENT);
        long b = unit(g, "B", OrgUnitType.SUBSIDIARY);
        unit(b, "B-D1", OrgUnitType.DEPARTMENT);
        for (DataScope scope : DataScope.values()) {
            Set<Long> custom = scope == DataScope.CUSTOM ? Set.of(p.unitId("A-D1")) : Set.of();
            Role role = p.roles.create(admin, "VIEW_" + scope, "view " + scope, null,
                    List.of(new Grant(VIEW, scope, custom), new Grant(PlatformPermissions.DIRECTORY_VIEW, scope, custom)));
            roleIds.put(scope.name(), role.id());
        }
        for (String[] u : new String[][] {{"u.ad1", "A-D1"}, {"u.ad1x", "A-D1-X"}, {"u.ad2", "A-D2"},
                {"u.brd", "A-BR-D"}, {"u.bd1", "B-D1"}, {"u.gd1", "G-D1"}}) {
            user(u[0], List.of(new Post(p.unitId(u[1]), null, true)));
        }
        // 兼职: primary in A-D2, part-time in B-D1
        user("u.parttime", List.of(new Post(p.unitId("A-D2"), null, true), new Post(p.unitId("B-D1"), null, false)));
    }

    @AfterAll
    void stop() {
        db.close();
    }

    private long unit(long parent, String code, OrgUnitType type) {
        return p.org.createUnit(admin, parent, code, "单元 " + code, type).id();
    }

    private void user(String login, List<Post> posts) {
        p.users.create(admin, new UserDraft(login, login, null, null, posts, List.of(), "zh-CN"));
    }

    private ScopeFilter scopeOf(String login, DataScope scope) {
        UserContext user = p.contextOf(login);
        grantOnly(user, scope);
        return p.access.scopeOf(user, VIEW);
    }

    private void grantOnly(UserContext user, DataScope... scopes) {
        List<Long> roles = Stream.of(scopes).map(s -> roleIds.get(s.name())).toList();
        UserDraft current = draftOf(user.userId());
        p.users.update(admin, user.userId(), new UserDraft(current.login(), current.displayName(), null, null,
                current.posts(), roles, "zh-CN"));
    }

    private UserDraft draftOf(long userId) {
        var detail = p.users.detail(admin, userId).orElseThrow();
        return new UserDraft(detail.summary().login(), detail.summary().displayName(), null, null, detail.posts(),
                detail.roleIds(), detail.locale());
    }

    private Set<Long> units(String... codes) {
        return Stream.of(codes).map(p::unitId).collect(Collectors.toSet());
    }

    Stream<Arguments> scopes() {
        return Stream.of(
                Arguments.of("u.ad1", DataScope.OWN, false, new String[] {}),
                Arguments.of("u.ad1", DataScope.DEPARTMENT, false, new String[] {"A-D1"}),
                Arguments.of("u.ad1", DataScope.DEPARTMENT_AND_BELOW, false, new String[] {"A-D1", "A-D1-X"}),
                Arguments.of("u.ad1", DataScope.COMPANY, false,
                        new String[] {"A", "A-D1", "A-D1-X", "A-D2", "A-BR", "A-BR-D"}),
                Arguments.of("u.ad1", DataScope.GROUP, true, new String[] {}),
                Arguments.of("u.ad1", DataScope.CUSTOM, false, new String[] {"A-D1", "A-D1-X"}),
                // a branch is a company of its own
                Arguments.of("u.brd", DataScope.COMPANY, false, new String[] {"A-BR", "A-BR-D"}),
                // an HQ department's company is the group itself
                Arguments.of("u.gd1", DataScope.COMPANY, false,
                        new String[] {"GROUP", "G-D1", "A", "A-D1", "A-D1-X", "A-D2", "A-BR", "A-BR-D", "B", "B-D1"}),
                // part-time posts count: primary A-D2, part-time B-D1
                Arguments.of("u.parttime", DataScope.DEPARTMENT, false, new String[] {"A-D2", "B-D1"}),
                Arguments.of("u.parttime", DataScope.COMPANY, false,
                        new String[] {"A", "A-D1", "A-D1-X", "A-D2", "A-BR", "A-BR-D", "B", "B-D1"}),
                Arguments.of("u.parttime", DataScope.CUSTOM, false, new String[] {"A-D1", "A-D1-X"}));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("scopes")
    void resolvesEachScope(String login, DataScope scope, boolean wholeGroup, String[] codes) {
        ScopeFilter filter = scopeOf(login, scope);

        assertThat(filter.isGranted()).isTrue();
        assertThat(filter.wholeGroup()).isEqualTo(wholeGroup);
        assertThat(filter.unitIds()).containsExactlyInAnyOrderElementsOf(units(codes));
        assertThat(filter.ownRecords()).isTrue();
        assertThat(filter.userId()).isEqualTo(p.contextOf(login).userId());
    }

    @Test
    void rolesAddUp() {
        UserContext user = p.contextOf("u.ad1x");
        grantOnly(user, DataScope.DEPARTMENT, DataScope.CUSTOM);

        assertThat(p.access.scopeOf(user, VIEW).unitIds()).containsExactlyInAnyOrderElementsOf(units("A-D1", "A-D1-X"));
    }

    @Test
    void noGrantMeansNothingAndChecksFail() {
        UserContext user = p.contextOf("u.bd1");
        grantOnly(user);

        ScopeFilter filter = p.access.scopeOf(user, VIEW);
        assertThat(filter.isGranted()).isFalse();
        assertThat(filter.permits(p.unitId("B-D1"), user.userId())).isFalse();
        assertThat(p.access.isPermitted(user, VIEW)).isFalse();
        assertThatThrownBy(() -> p.access.checkPermitted(user, VIEW)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("您没有执行此操作的权限。");
    }

    @Test
    void checkRecordFollowsTheFilter() {
        UserContext user = p.contextOf("u.ad2");
        grantOnly(user, DataScope.DEPARTMENT);

        p.access.checkRecord(user, VIEW, p.unitId("A-D2"), null);
        p.access.checkRecord(user, VIEW, p.unitId("B-D1"), user.userId());
        assertThatThrownBy(() -> p.access.checkRecord(user, VIEW, p.unitId("A-D1"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.access.checkRecord(user, VIEW, p.unitId("A-D1"), p.contextOf("u.ad1").userId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void directoryIsFilteredByScopeInTheQuery() {
        UserContext user = p.contextOf("u.ad1");
        grantOnly(user, DataScope.DEPARTMENT_AND_BELOW);

        List<UserSummary> visible = p.users.directory(user, UserQuery.all(), PageRequest.first(100));
        assertThat(visible).extracting(UserSummary::login).containsExactlyInAnyOrder("u.ad1", "u.ad1x");
        assertThat(p.users.countDirectory(user, UserQuery.all())).isEqualTo(2);

        UserContext partTimer = p.contextOf("u.parttime");
        grantOnly(partTimer, DataScope.DEPARTMENT);
        assertThat(p.users.directory(partTimer, UserQuery.all(), PageRequest.first(100)))
                .extracting(UserSummary::login).containsExactlyInAnyOrder("u.ad2", "u.bd1", "u.parttime");
        // users with only a part-time post in the unit are found by unit as well
        assertThat(p.users.directory(admin, new UserQuery(null, p.unitId("B"), false), PageRequest.first(100)))
                .extracting(UserSummary::login).containsExactlyInAnyOrder("u.bd1", "u.parttime");
    }

    @Test
    void aMovedUnitChangesScopesAtOnce() {
        UserContext user = p.contextOf("u.brd");
        grantOnly(user, DataScope.COMPANY);
        assertThat(p.access.scopeOf(user, VIEW).unitIds()).doesNotContain(p.unitId("A-D2"));

        long newBranch = p.org.createUnit(admin, p.unitId("A-BR"), "A-BR-NEW", "新部门", OrgUnitType.DEPARTMENT).id();
        assertThat(p.access.scopeOf(user, VIEW).unitIds()).contains(newBranch);

        p.org.moveUnit(admin, newBranch, p.unitId("B"));
        assertThat(p.access.scopeOf(user, VIEW).unitIds()).doesNotContain(newBranch);
        p.org.deleteUnit(admin, newBranch);
    }

    @Test
    void orgTreeMovesKeepTheTreeATree() {
        long a = p.unitId("A");
        long ad1 = p.unitId("A-D1");
        long ad1x = p.unitId("A-D1-X");

        assertThatThrownBy(() -> p.org.moveUnit(admin, ad1, ad1x)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> p.org.moveUnit(admin, ad1, ad1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> p.org.moveUnit(admin, p.org.root().id(), a)).isInstanceOf(ValidationException.class);

        OrgUnit moved = p.org.moveUnit(admin, ad1, p.unitId("B"));
        assertThat(moved.depth()).isEqualTo(2);
        assertThat(p.org.pathToRoot(ad1x)).extracting(OrgUnit::code).containsExactly("A-D1-X", "A-D1", "B", "GROUP");
        assertThat(p.org.subtreeIds(p.unitId("B"))).contains(ad1, ad1x);
        assertThat(p.org.subtreeIds(a)).doesNotContain(ad1, ad1x);
        assertThat(p.org.companyOf(ad1x).code()).isEqualTo("B");

        p.org.moveUnit(admin, ad1, a);
        assertThat(p.org.companyOf(ad1x).code()).isEqualTo("A");
        assertThat(p.audit.count(admin, new org.atrium.platform.api.audit.AuditQuery(null, "org.unit.move", null, null)))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void orgStructureQuestions() {
        long ad1 = p.unitId("A-D1");
        UserContext head = p.contextOf("u.ad1");
        p.org.setHead(admin, ad1, head.userId());
        p.org.setHead(admin, p.unitId("A"), p.contextOf("u.ad2").userId());

        assertThat(p.org.headOf(ad1)).get().extracting(UserSummary::login).isEqualTo("u.ad1");
        assertThat(p.org.managerOf(p.contextOf("u.ad1x").userId())).get().extracting(UserSummary::login)
                .isEqualTo("u.ad1");
        // the head of a unit reports to the next head up
        assertThat(p.org.managerOf(head.userId())).get().extracting(UserSummary::login).isEqualTo("u.ad2");
        assertThat(p.org.children(p.unitId("A"))).extracting(OrgUnit::code).containsExactly("A-D1", "A-D2", "A-BR");

        var position = p.org.createPosition(admin, "SALES_MANAGER", "销售经理");
        UserContext bd1 = p.contextOf("u.bd1");
        UserDraft draft = draftOf(bd1.userId());
        p.users.update(admin, bd1.userId(), new UserDraft(draft.login(), draft.displayName(), null, null,
                List.of(new Post(p.unitId("B-D1"), position.id(), true)), draft.roleIds(), "zh-CN"));
        assertThat(p.org.holdersOf("SALES_MANAGER", p.unitId("B"))).extracting(UserSummary::login)
                .containsExactly("u.bd1");
        assertThat(p.org.holdersOf("SALES_MANAGER", p.unitId("A"))).isEmpty();
        assertThatThrownBy(() -> p.org.deleteUnit(admin, p.unitId("B-D1"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> p.org.createUnit(admin, p.unitId("B"), "b-d1", "重复编码", OrgUnitType.DEPARTMENT))
                .isInstanceOf(ValidationException.class);
    }
}
