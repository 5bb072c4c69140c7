package org.atrium.crm.web.internal.funnel;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 销售漏斗 (crm/funnel). */
@Component(service = ViewContribution.class)
public class FunnelContribution implements ViewContribution {

    private final OpportunityService opportunities;

    @Activate
    public FunnelContribution(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "crm/funnel";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("funnel.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.FILTER;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new FunnelView(context, Texts.of(context.locale()), opportunities);
    }
}
