package org.atrium.platform.admin.internal.users;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 用户管理 (admin/users): users, their posts and roles, sign-in state. */
@Component(service = ViewContribution.class)
public class UsersContribution implements ViewContribution {

    private final UserService users;
    private final OrgService org;
    private final RoleService roles;

    @Activate
    public UsersContribution(@Reference UserService users, @Reference OrgService org, @Reference RoleService roles) {
        this.users = users;
        this.org = org;
        this.roles = roles;
    }

    @Override
    public String id() {
        return "admin/users";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.ADMIN;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("users.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.USERS;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.USER_MANAGE;
    }

    @Override
    public View createView(ShellContext context) {
        return new UsersView(context, Texts.of(context.locale()), users, org, roles);
    }
}
