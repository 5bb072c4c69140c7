package org.atrium.crm.web.internal.pool;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 公海 (crm/pool): customers nobody follows up, which salespeople claim. */
@Component(service = ViewContribution.class)
public class PoolContribution implements ViewContribution {

    private final CustomerPoolService pool;
    private final UserService users;
    private final OrgService org;

    @Activate
    public PoolContribution(@Reference CustomerPoolService pool, @Reference UserService users,
            @Reference OrgService org) {
        this.pool = pool;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/pool";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String title(Locale locale) {
        return AccountTexts.of(locale).get("pool.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.INBOX;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new PoolView(context, Texts.of(context.locale()), AccountTexts.of(context.locale()), pool,
                new Directory(users, org));
    }
}
