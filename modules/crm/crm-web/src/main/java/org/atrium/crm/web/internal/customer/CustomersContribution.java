package org.atrium.crm.web.internal.customer;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.internal.classification.Dimensions;
import org.atrium.crm.api.customer.SharingService;
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

/** 客户 (crm/customers): the customer list with filters, export, registration and hand-over. */
@Component(service = ViewContribution.class)
public class CustomersContribution implements ViewContribution {

    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;
    private final SharingService sharing;

    /** Optional: the lists work without import and XLSX export. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransferActions transfer;

    /** Optional: without it the list has no classification filters and the form no classification fields. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClassificationService classifications;

    @Activate
    public CustomersContribution(@Reference CustomerService customers, @Reference UserService users,
            @Reference OrgService org, @Reference SharingService sharing) {
        this.customers = customers;
        this.users = users;
        this.org = org;
        this.sharing = sharing;
    }

    @Override
    public String id() {
        return "crm/customers";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("customers.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.BUILDING;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        CustomersView view = new CustomersView(context, Texts.of(context.locale()), customers, new Directory(users, org),
                sharing, Dimensions.of(context, classifications));
        TransferActions actions = transfer;
        if (actions != null) {
            view.addTransfer(context, actions);
        }
        return view;
    }
}
