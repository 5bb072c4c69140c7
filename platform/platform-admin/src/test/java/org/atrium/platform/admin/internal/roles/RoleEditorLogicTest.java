package org.atrium.platform.admin.internal.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atrium.platform.admin.internal.TestTexts;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.atrium.platform.api.security.Role;
import org.junit.jupiter.api.Test;

class RoleEditorLogicTest {

    private static final PermissionDeclaration ADMIN = declare("platform.admin", "platform", false);
    private static final PermissionDeclaration USERS = declare("platform.user.manage", "platform", true);
    private static final PermissionDeclaration CUSTOMERS = declare("crm.customer.view", "crm", true);
    private static final List<PermissionDeclaration> DECLARED = List.of(ADMIN, USERS, CUSTOMERS);

    @Test
    void groupsPermissionsUnderTheirProvidersLabels() {
        List<RoleEditorLogic.PermissionGroup> groups = RoleEditorLogic.groups(DECLARED,
                List.of(provider("crm", "客户关系"), provider("platform", "平台")), Locale.SIMPLIFIED_CHINESE);

        assertThat(groups).extracting(RoleEditorLogic.PermissionGroup::label).containsExactly("平台", "客户关系");
        assertThat(groups.get(0).permissions()).containsExactly(ADMIN, USERS);
    }

    @Test
    void aGroupWithoutProviderIsLabelledByItsId() {
        assertThat(RoleEditorLogic.groups(List.of(CUSTOMERS), List.of(), Locale.ENGLISH).get(0).label()).isEqualTo("crm");
    }

    @Test
    void buildsGrantsForTickedPermissionsWithTheirScopes() {
        RoleEditorLogic.Result result = RoleEditorLogic.build(List.of(
                new RoleEditorLogic.Choice("platform.admin", true, DataScope.OWN, Set.of()),
                new RoleEditorLogic.Choice("platform.user.manage", true, DataScope.COMPANY, Set.of(5L)),
                new RoleEditorLogic.Choice("crm.customer.view", false, DataScope.GROUP, Set.of())),
                DECLARED, List.of(), TestTexts.chinese());

        assertThat(result.errors()).isEmpty();
        assertThat(result.grants()).containsExactly(
                Grant.of("platform.admin", RoleEditorLogic.UNSCOPED),
                Grant.of("platform.user.manage", DataScope.COMPANY));
    }

    @Test
    void aCustomScopeCarriesItsUnits() {
        RoleEditorLogic.Result result = RoleEditorLogic.build(List.of(
                new RoleEditorLogic.Choice("crm.customer.view", true, DataScope.CUSTOM, Set.of(3L, 8L))),
                DECLARED, List.of(), TestTexts.chinese());

        assertThat(result.grants()).containsExactly(new Grant("crm.customer.view", DataScope.CUSTOM, Set.of(3L, 8L)));
    }

    @Test
    void aCustomScopeWithoutUnitsIsAnErrorAtThatPermission() {
        RoleEditorLogic.Result result = RoleEditorLogic.build(List.of(
                new RoleEditorLogic.Choice("crm.customer.view", true, DataScope.CUSTOM, Set.of())),
                DECLARED, List.of(), TestTexts.chinese());

        assertThat(result.errors()).containsOnlyKeys("crm.customer.view");
        assertThat(result.errors().get("crm.customer.view")).isEqualTo("自定义范围至少选择一个单位");
        assertThat(result.grants()).isEmpty();
    }

    @Test
    void keepsGrantsOfPermissionsNoInstalledBundleDeclares() {
        Grant vendor = Grant.of("vendor.report.view", DataScope.DEPARTMENT);
        Grant oldUsers = Grant.of("platform.user.manage", DataScope.GROUP);

        RoleEditorLogic.Result result = RoleEditorLogic.build(List.of(
                new RoleEditorLogic.Choice("platform.user.manage", false, DataScope.GROUP, Set.of())),
                DECLARED, List.of(oldUsers, vendor), TestTexts.chinese());

        assertThat(result.grants()).containsExactly(vendor);
    }

    @Test
    void choicesReflectTheRolesGrantsAndDefaultToTheNarrowestScope() {
        Role role = new Role(1, "HR", "人事", "", List.of(new Grant("crm.customer.view", DataScope.CUSTOM, Set.of(4L))));

        Map<String, RoleEditorLogic.Choice> choices = RoleEditorLogic.choices(role, DECLARED);

        assertThat(choices.get("crm.customer.view"))
                .isEqualTo(new RoleEditorLogic.Choice("crm.customer.view", true, DataScope.CUSTOM, Set.of(4L)));
        assertThat(choices.get("platform.user.manage"))
                .isEqualTo(new RoleEditorLogic.Choice("platform.user.manage", false, DataScope.OWN, Set.of()));
        assertThat(RoleEditorLogic.choices(null, DECLARED).values()).noneMatch(RoleEditorLogic.Choice::granted);
    }

    @Test
    void unchangedRoundTripGivesTheSameGrants() {
        List<Grant> grants = List.of(Grant.of("platform.admin", DataScope.GROUP),
                new Grant("crm.customer.view", DataScope.CUSTOM, Set.of(4L, 9L)));
        Role role = new Role(1, "X", "X", "", grants);

        RoleEditorLogic.Result result = RoleEditorLogic.build(RoleEditorLogic.choices(role, DECLARED).values(),
                DECLARED, grants, TestTexts.english());

        assertThat(result.grants()).containsExactlyElementsOf(grants);
    }

    private static PermissionDeclaration declare(String id, String group, boolean scoped) {
        return new PermissionDeclaration(id, group, locale -> id + "@" + locale, scoped);
    }

    private static PermissionProvider provider(String groupId, String label) {
        return new PermissionProvider() {
            @Override
            public String groupId() {
                return groupId;
            }

            @Override
            public String groupLabel(Locale locale) {
                return label;
            }

            @Override
            public List<PermissionDeclaration> permissions() {
                return List.of();
            }
        };
    }
}
