package org.atrium.crm.web.internal.opportunity;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.opportunity.OpportunityService;
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
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.Resource;

/** 商机 (crm/opportunities, {@code crm/opportunities/kanban} opens the kanban): list and kanban. */
@Component(service = ViewContribution.class)
public class OpportunitiesContribution implements ViewContribution {

    private final OpportunityService opportunities;
    private final CustomerService customers;
    private final UserService users;
    private final OrgService org;

    @Activate
    public OpportunitiesContribution(@Reference OpportunityService opportunities,
            @Reference CustomerService customers, @Reference UserService users, @Reference OrgService org) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/opportunities";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("opportunities.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.TRENDING_UP;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        Texts texts = Texts.of(context.locale());
        OpportunitiesView view = new OpportunitiesView(context, texts, opportunities,
                new CustomerNames(customers, context.user()), new Directory(users, org),
                new OpportunityActions(context, texts, opportunities, users));
        return new View() {
            private static final long serialVersionUID = 1L;

            @Override
            public void enter(ViewChangeEvent event) {
                if ("kanban".equals(event.getParameters())) {
                    view.showKanban();
                }
            }

            @Override
            public com.vaadin.ui.Component getViewComponent() {
                return view;
            }
        };
    }
}
