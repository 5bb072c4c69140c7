package org.atrium.crm.web.internal.portlet;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 逾期线索: open leads in the user's scope whose follow-up deadline has passed, the oldest first. */
@Component(service = PortletContribution.class)
public class OverdueLeadsPortlet implements PortletContribution {

    private final LeadService leads;

    @Activate
    public OverdueLeadsPortlet(@Reference LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String id() {
        return "crm.overdue-leads";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("portlet.overdueLeads");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.SMALL;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.LEAD_VIEW;
    }

    @Override
    public int defaultOrder() {
        return 42;
    }

    @Override
    public com.vaadin.ui.Component createPortlet(ShellContext context) {
        Texts texts = Texts.of(context.locale());
        DateTimeFormatter due = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        LeadFilter overdue = new LeadFilter(null, null, null, true, false);
        var rows = leads.search(context.user(), overdue, new PageRequest(0, 6, "followUpDeadline", true)).stream()
                .map(l -> new PortletBody.Row(l.contactName() + (l.companyName() == null ? "" : " · " + l.companyName()),
                        l.followUpDeadline() == null ? null
                                : texts.get("portlet.overdueLeads.due", due.format(l.followUpDeadline().atZone(ZoneId.systemDefault()))),
                        "crm/lead", String.valueOf(l.id())))
                .toList();
        return new PortletBody(texts, rows, "portlet.overdueLeads.empty", "crm/leads");
    }
}
