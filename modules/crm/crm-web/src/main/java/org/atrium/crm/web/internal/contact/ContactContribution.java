package org.atrium.crm.web.internal.contact;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.internal.CustomerNames;
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

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 联系人详情 (crm/contact/&lt;id&gt;): one contact, not in the navigation. */
@Component(service = ViewContribution.class)
public class ContactContribution implements ViewContribution {

    private final ContactService contacts;
    private final CustomerService customers;
    private final ActivityService activities;
    private final UserService users;
    private final OrgService org;

    @Activate
    public ContactContribution(@Reference ContactService contacts, @Reference CustomerService customers,
            @Reference ActivityService activities, @Reference UserService users, @Reference OrgService org) {
        this.contacts = contacts;
        this.customers = customers;
        this.activities = activities;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/contact";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("contact.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.USER;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CONTACT_VIEW;
    }

    @Override
    public boolean inNavigation() {
        return false;
    }

    @Override
    public View createView(ShellContext context) {
        return new ContactDetailView(context, Texts.of(context.locale()), contacts, activities,
                new CustomerNames(customers, context.user()), new Directory(users, org));
    }
}
