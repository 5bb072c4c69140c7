package org.atrium.crm.web.internal.portlet;

import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 我的商机: the user's open opportunities, the next to close first. */
@Component(service = PortletContribution.class)
public class MyOpportunitiesPortlet implements PortletContribution {

    private final OpportunityService opportunities;

    @Activate
    public MyOpportunitiesPortlet(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "crm.my-opportunities";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("portlet.myOpportunities");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.SMALL;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public int defaultOrder() {
        return 41;
    }

    @Override
    public com.vaadin.ui.Component createPortlet(ShellContext context) {
        Texts texts = Texts.of(context.locale());
        OpportunityFilter mine = new OpportunityFilter(null, null, null, Set.of(OpportunityStatus.OPEN), null, null,
                null, true);
        var rows = opportunities.search(context.user(), mine, new PageRequest(0, 6, "expectedCloseDate", true)).stream()
                .map(o -> new PortletBody.Row(o.name(), Money.compact(o.amount()) + " · " + o.expectedCloseDate(),
                        "crm/customer", String.valueOf(o.customerId())))
                .toList();
        return new PortletBody(texts, rows, "portlet.myOpportunities.empty", "crm/opportunities");
    }
}
