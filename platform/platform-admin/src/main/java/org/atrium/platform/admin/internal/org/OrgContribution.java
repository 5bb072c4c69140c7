package org.atrium.platform.admin.internal.org;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 组织架构 (admin/org): the org tree editor and positions. */
@Component(service = ViewContribution.class)
public class OrgContribution implements ViewContribution {

    private final OrgService org;
    private final UserService users;

    @Activate
    public OrgContribution(@Reference OrgService org, @Reference UserService users) {
        this.org = org;
        this.users = users;
    }

    @Override
    public String id() {
        return "admin/org";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.ADMIN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("org.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.SITEMAP;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.ORG_MANAGE;
    }

    @Override
    public View createView(ShellContext context) {
        return new OrgView(context, Texts.of(context.locale()), org, users);
    }
}
