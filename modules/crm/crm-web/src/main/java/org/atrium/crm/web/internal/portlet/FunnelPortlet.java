package org.atrium.crm.web.internal.portlet;

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
import com.vaadin.ui.GridLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

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
        VerticalLayout body = new VerticalLayout();
        body.setMargin(false);
        body.setSpacing(false);
        if (stages.stream().allMatch(s -> s.count() == 0)) {
            Label empty = new Label(texts.get("portlet.funnel.empty"));
            empty.addStyleName(ValoTheme.LABEL_LIGHT);
            body.addComponent(empty);
        } else {
            List<Integer> widths = FunnelBars.widths(stages.stream().map(FunnelStage::amount).toList());
            GridLayout rows = new GridLayout(3, stages.size());
            rows.setWidth("100%");
            rows.setSpacing(true);
            rows.setColumnExpandRatio(1, 1);
            for (int i = 0; i < stages.size(); i++) {
                FunnelStage s = stages.get(i);
                Label name = new Label(s.stageName());
                name.addStyleName(ValoTheme.LABEL_SMALL);
                Label bar = new Label(FunnelBars.html(widths.get(i), false), ContentMode.HTML);
                bar.setWidth("100%");
                Label value = new Label(texts.get("kanban.summary", s.count(), Money.compact(s.amount())));
                value.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
                rows.addComponents(name, bar, value);
            }
            body.addComponent(rows);
        }
        body.addComponent(PortletBody.viewAll(context, texts, "crm/funnel"));
        return body;
    }
}
