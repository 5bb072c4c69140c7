package org.atrium.platform.admin.internal.roles;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 角色权限 (admin/roles): roles, their permissions and data scopes. */
@Component(service = ViewContribution.class)
public class RolesContribution implements ViewContribution {

    private final RoleService roles;
    private final OrgService org;

    @Activate
    public RolesContribution(@Reference RoleService roles, @Reference OrgService org) {
        this.roles = roles;
        this.org = org;
    }

    @Override
    public String id() {
        return "admin/roles";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.ADMIN;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("roles.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.KEY;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.ROLE_MANAGE;
    }

    @Override
    public View createView(ShellContext context) {
        return new RolesView(context, Texts.of(context.locale()), roles, org);
    }
}
