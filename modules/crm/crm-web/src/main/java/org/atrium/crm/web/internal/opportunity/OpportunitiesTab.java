package org.atrium.crm.web.internal.opportunity;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.LazySource;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.VerticalLayout;

/** The opportunities tab of the customer 360 page: every opportunity of the customer, and "new". */
@Component(service = CustomerTabContribution.class)
public class OpportunitiesTab implements CustomerTabContribution {

    private final OpportunityService opportunities;
    private final UserService users;
    private final OrgService org;

    @Activate
    public OpportunitiesTab(@Reference OpportunityService opportunities, @Reference UserService users,
            @Reference OrgService org) {
        this.opportunities = opportunities;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm.opportunities";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("customer360.tab.opportunities");
    }

    @Override
    public int order() {
        return OPPORTUNITIES_ORDER;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public com.vaadin.ui.Component createTab(ShellContext context, long customerId) {
        Texts texts = Texts.of(context.locale());
        OpportunityFilter filter = new OpportunityFilter(null, customerId, null, null, null, null, null, false);
        LazySource<Opportunity, OpportunityFilter> source = new LazySource<>(
                (f, p) -> opportunities.search(context.user(), f, p), f -> opportunities.count(context.user(), f),
                OpportunityColumns.SORTABLE, filter, context::showError);
        Grid<Opportunity> grid = new Grid<>();
        OpportunityColumns.add(grid, texts, new Stages(opportunities.stages(), context.locale()), null,
                new Directory(users, org));
        OpportunityColumns.actions(grid, texts, new OpportunityActions(context, texts, opportunities, users),
                o -> source.refresh());
        grid.setDataProvider(source.dataProvider());
        grid.setWidth("100%");
        grid.setId("crm-customer-opportunities");
        grid.setHeightByRows(8);
        Button add = new Button(texts.get("opportunity.create"),
                e -> new OpportunityDialog(context, texts, opportunities, customerId).open(o -> source.refresh()));
        add.setIcon(VaadinIcons.PLUS);
        add.setVisible(context.isPermitted(CrmPermissions.OPPORTUNITY_CREATE));
        VerticalLayout body = new VerticalLayout(add, grid);
        body.setMargin(false);
        return body;
    }
}
