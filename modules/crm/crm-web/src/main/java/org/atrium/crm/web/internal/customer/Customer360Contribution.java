package org.atrium.crm.web.internal.customer;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.atrium.crm.api.customer.ClassificationService;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 客户全景 (crm/customer/&lt;id&gt;): one customer's page with contributed tabs and cards; not in the navigation. */
@Component(service = ViewContribution.class)
public class Customer360Contribution implements ViewContribution {

    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;
    private final CustomerExtensions extensions;

    /** Optional: without it the profile shows no classification fields. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClassificationService classifications;

    @Activate
    public Customer360Contribution(@Reference CustomerService customers, @Reference UserService users,
            @Reference OrgService org, @Reference CustomerExtensions extensions) {
        this.customers = customers;
        this.users = users;
        this.org = org;
        this.extensions = extensions;
    }

    @Override
    public String id() {
        return "crm/customer";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("customer360.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.BUILDING_O;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public boolean inNavigation() {
        return false;
    }

    @Override
    public View createView(ShellContext context) {
        return new Customer360View(context, Texts.of(context.locale()), customers, new Directory(users, org),
                extensions, classifications);
    }
}
