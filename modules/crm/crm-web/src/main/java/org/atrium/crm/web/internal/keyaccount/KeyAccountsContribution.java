package org.atrium.crm.web.internal.keyaccount;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.keyaccount.KeyAccountService;
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

/** 大客户分析 (crm/key-accounts): Pareto, tiers and customers without follow-up. */
@Component(service = ViewContribution.class)
public class KeyAccountsContribution implements ViewContribution {

    private final KeyAccountService keyAccounts;
    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;

    @Activate
    public KeyAccountsContribution(@Reference KeyAccountService keyAccounts, @Reference CustomerService customers,
            @Reference UserService users, @Reference OrgService org) {
        this.keyAccounts = keyAccounts;
        this.customers = customers;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/key-accounts";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String title(Locale locale) {
        return AccountTexts.of(locale).get("keyAccount.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.BAR_CHART_H;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new KeyAccountsView(context, Texts.of(context.locale()), AccountTexts.of(context.locale()),
                keyAccounts, customers, new Directory(users, org));
    }
}
