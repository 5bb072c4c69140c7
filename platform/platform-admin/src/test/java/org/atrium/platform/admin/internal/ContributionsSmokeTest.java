package org.atrium.platform.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.navigator.View;
import com.vaadin.ui.AbstractSplitPanel;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import org.atrium.platform.admin.internal.audit.AuditContribution;
import org.atrium.platform.admin.internal.directory.DirectoryContribution;
import org.atrium.platform.admin.internal.directory.DirectoryPortletContribution;
import org.atrium.platform.admin.internal.notices.NoticeAdminContribution;
import org.atrium.platform.admin.internal.notices.NoticePortletContribution;
import org.atrium.platform.admin.internal.notices.NoticesViewContribution;
import org.atrium.platform.admin.internal.org.OrgContribution;
import org.atrium.platform.admin.internal.roles.RolesContribution;
import org.atrium.platform.admin.internal.users.UsersContribution;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Position;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

/**
 * Builds every view and portlet against mocked services, as the shell would for one session,
 * and checks ids, categories, permissions and what the page shows first.
 */
class ContributionsSmokeTest {

    private static final UserContext ADMIN = new UserContext(1, "admin", "管理员", 1, Locale.SIMPLIFIED_CHINESE);
    private static final OrgUnit GROUP = new OrgUnit(1, null, "G", "示范集团", OrgUnitType.GROUP, 2L, 0, 0);
    private static final OrgUnit DEPT = new OrgUnit(2, 1L, "HQ-FIN", "财务部", OrgUnitType.DEPARTMENT, null, 1, 1);
    private static final UserSummary HEAD = new UserSummary(2, "zhao", "赵总", 1, "示范集团", "总经理", null, null, true);

    private final OrgService org = mock(OrgService.class);
    private final UserService users = mock(UserService.class);
    private final RoleService roles = mock(RoleService.class);
    private final AuditService audit = mock(AuditService.class);
    private final AnnouncementService notices = mock(AnnouncementService.class);
    private final ShellContext context = mock(ShellContext.class);

    ContributionsSmokeTest() {
        when(context.user()).thenReturn(ADMIN);
        when(context.locale()).thenReturn(ADMIN.locale());
        when(context.isPermitted(any())).thenReturn(true);
        when(org.all()).thenReturn(List.of(GROUP, DEPT));
        when(org.positions()).thenReturn(List.of(new Position(1, "ACCOUNTANT", "会计")));
        when(users.summary(anyLong())).thenReturn(Optional.of(HEAD));
        when(users.directory(any(), any(), any())).thenReturn(List.of(HEAD));
        when(users.countDirectory(any(), any())).thenReturn(1);
        when(roles.roles()).thenReturn(List.of(new Role(1, "ADMIN", "系统管理员", "",
                List.of(Grant.of(PlatformPermissions.USER_MANAGE, DataScope.GROUP)))));
        when(roles.declaredPermissions()).thenReturn(List.of(new PermissionDeclaration(
                PlatformPermissions.USER_MANAGE, "platform", l -> "用户管理", true)));
        when(notices.list(any(), any())).thenReturn(List.of(
                new Announcement(1, "春节放假通知", "正文", "行政部", Instant.EPOCH, false)));
    }

    @Test
    void adminViewsAreInTheAdminCategoryWithTheirPermissions() {
        List<ViewContribution> admin = List.of(new OrgContribution(org, users), new UsersContribution(users, org, roles),
                new RolesContribution(roles, org), new AuditContribution(audit), new NoticeAdminContribution(notices, org));

        assertThat(admin).extracting(ViewContribution::id)
                .containsExactly("admin/org", "admin/users", "admin/roles", "admin/audit", "admin/notices");
        assertThat(admin).extracting(ViewContribution::categoryId).containsOnly(NavigationCategory.ADMIN);
        assertThat(admin).extracting(ViewContribution::requiredPermission).containsExactly(
                PlatformPermissions.ORG_MANAGE, PlatformPermissions.USER_MANAGE, PlatformPermissions.ROLE_MANAGE,
                PlatformPermissions.AUDIT_VIEW, PlatformPermissions.NOTICE_MANAGE);
        assertThat(admin).extracting(v -> v.title(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("组织架构", "用户管理", "角色权限", "审计日志", "公告管理");
        assertThat(admin).extracting(v -> v.title(Locale.ENGLISH))
                .containsExactly("Organisation", "Users", "Roles", "Audit log", "Announcements admin");
    }

    @Test
    void everyViewBuildsForASession() {
        assertThat(texts(view(new OrgContribution(org, users)))).contains("组织架构", "岗位");
        assertThat(texts(view(new UsersContribution(users, org, roles)))).contains("用户管理");
        assertThat(texts(view(new RolesContribution(roles, org)))).contains("角色权限");
        assertThat(texts(view(new AuditContribution(audit)))).contains("审计日志");
        assertThat(texts(view(new NoticeAdminContribution(notices, org)))).contains("发布公告", "已发布的公告");
        assertThat(texts(view(new DirectoryContribution(users, org)))).contains("通讯录");
        assertThat(texts(view(new NoticesViewContribution(notices)))).contains("公告");
    }

    @Test
    void officeViewsAreForEveryoneOrTheDirectoryPermission() {
        assertThat(new DirectoryContribution(users, org).categoryId()).isEqualTo(NavigationCategory.OFFICE);
        assertThat(new DirectoryContribution(users, org).requiredPermission())
                .isEqualTo(PlatformPermissions.DIRECTORY_VIEW);
        assertThat(new NoticesViewContribution(notices).categoryId()).isEqualTo(NavigationCategory.OFFICE);
        assertThat(new NoticesViewContribution(notices).requiredPermission()).isNull();
    }

    @Test
    void portletsShowTheirContent() {
        PortletContribution noticePortlet = new NoticePortletContribution(notices);
        PortletContribution directory = new DirectoryPortletContribution(users);

        // the unread dot is part of the announcement's (HTML) button caption
        assertThat(String.join("\n", texts(noticePortlet.createPortlet(context)))).contains("\u25CF");
        assertThat(noticePortlet.requiredPermission()).isNull();
        assertThat(texts(directory.createPortlet(context))).contains("输入姓名、手机或邮箱查找同事");
        assertThat(directory.requiredPermission()).isEqualTo(PlatformPermissions.DIRECTORY_VIEW);
        assertThat(Set.of(noticePortlet.id(), directory.id())).containsExactlyInAnyOrder("platform.notices",
                "platform.directory");
    }

    private Component view(ViewContribution contribution) {
        View view = contribution.createView(context);
        return view.getViewComponent();
    }

    private static List<String> texts(Component component) {
        List<String> out = new ArrayList<>();
        collect(component, out);
        return out;
    }

    private static void collect(Component component, List<String> out) {
        if (component instanceof Label label) {
            out.add(label.getValue());
        }
        if (component instanceof Button button && button.getCaption() != null) {
            out.add(button.getCaption());
        }
        if (component instanceof AbstractSplitPanel split) {
            split.forEach(child -> collect(child, out));
        } else if (component instanceof HasComponents container) {
            container.forEach(child -> collect(child, out));
        }
    }
}
