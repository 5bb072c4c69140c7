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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.atrium.crm.web.internal.transfer.TransferActions;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 联系人 (crm/contacts): every contact in the user's scope. */
@Component(service = ViewContribution.class)
public class ContactsContribution implements ViewContribution {

    private final ContactService contacts;
    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;

    /** Optional: the lists work without import and XLSX export. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransferActions transfer;

    @Activate
    public ContactsContribution(@Reference ContactService contacts, @Reference CustomerService customers,
            @Reference UserService users, @Reference OrgService org) {
        this.contacts = contacts;
        this.customers = customers;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/contacts";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("contacts.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.USER_CARD;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CONTACT_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        ContactsView view = new ContactsView(context, Texts.of(context.locale()), contacts,
                new CustomerNames(customers, context.user()), new Directory(users, org));
        TransferActions actions = transfer;
        if (actions != null) {
            view.addTransfer(context, actions);
        }
        return view;
    }
}
