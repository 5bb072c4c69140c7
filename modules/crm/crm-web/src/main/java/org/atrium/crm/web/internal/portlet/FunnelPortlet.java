package org.atrium.crm.web.internal.portlet;

import org.atrium.shell.api.ui.Html;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.funnel.FunnelBars;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;

/** 销售漏斗: the open stages of the user's funnel as bars with count and amount. */
@Component(service = PortletContribution.class)
public class FunnelPortlet implements PortletContribution {

    private final OpportunityService opportunities;

    @Activate
    public FunnelPortlet(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "crm.funnel";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("portlet.funnel");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.MEDIUM;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public int defaultOrder() {
        return 43;
    }

    @Override
    public com.vaadin.ui.Component createPortlet(ShellContext context) {
        CrmStyles.ensure(context.ui());
        Texts texts = Texts.of(context.locale());
        List<FunnelStage> stages = opportunities.funnel(context.user(),
                new FunnelQuery(null, null, null, FunnelGrouping.NONE)).total().stages();
        StringBuilder html = new StringBuilder(2048);
        if (stages.stream().allMatch(s -> s.count() == 0)) {
            html.append("<div class=\"v-label-light\">").append(Html.escape(texts.get("portlet.funnel.empty")))
                    .append("</div>");
        } else {
            // one label with a table, not three labels per stage: an idle dashboard stays small
            List<Integer> widths = FunnelBars.widths(stages.stream().map(FunnelStage::amount).toList());
            html.append("<table style=\"width:100%;border-spacing:0 6px\">");
            for (int i = 0; i < stages.size(); i++) {
                FunnelStage s = stages.get(i);
                html.append("<tr><td class=\"v-label-small\" style=\"white-space:nowrap;padding-right:12px\">")
                        .append(Html.escape(s.stageName())).append("</td><td style=\"width:100%\">")
                        .append(FunnelBars.html(widths.get(i), false))
                        .append("</td><td class=\"v-label-small v-label-light\" style=\"white-space:nowrap;padding-left:12px\">")
                        .append(Html.escape(texts.get("kanban.summary", s.count(), Money.compact(s.amount()))))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append(PortletBody.viewAll(texts, "crm/funnel"));
        Label body = new Label(html.toString(), ContentMode.HTML);
        body.setWidthFull();
        return body;
    }
}
