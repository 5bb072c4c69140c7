package org.atrium.crm.web.internal.lead;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.lead.LeadService;
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

/** 线索 (crm/leads). */
@Component(service = ViewContribution.class)
public class LeadsContribution implements ViewContribution {

    private final LeadService leads;
    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;
    /** Optional: without it the conversion dialog shows the 撞单 holder but offers no 申请共享. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SharingService sharing;

    /** Optional: the lists work without import and XLSX export. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransferActions transfer;

    @Activate
    public LeadsContribution(@Reference LeadService leads, @Reference CustomerService customers,
            @Reference UserService users, @Reference OrgService org) {
        this.leads = leads;
        this.customers = customers;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/leads";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("leads.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.FUNNEL;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.LEAD_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        Texts texts = Texts.of(context.locale());
        LeadActions leadActions = new LeadActions(context, texts, leads, customers, users, sharing);
        LeadsView view = new LeadsView(context, texts, leads, leadActions, new Directory(users, org));
        TransferActions actions = transfer;
        if (actions != null) {
            view.addTransfer(context, actions);
        }
        return view;
    }
}
