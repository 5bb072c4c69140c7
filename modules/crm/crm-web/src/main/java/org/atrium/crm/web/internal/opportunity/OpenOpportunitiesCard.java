package org.atrium.crm.web.internal.opportunity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/** The 进行中商机 summary card of the customer 360 page: open opportunities, their amount and weighted amount. */
@Component(service = CustomerCardContribution.class)
public class OpenOpportunitiesCard implements CustomerCardContribution {

    private final OpportunityService opportunities;

    @Activate
    public OpenOpportunitiesCard(@Reference OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String id() {
        return "crm.open-opportunities";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("card.openOpportunities");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.OPPORTUNITY_VIEW;
    }

    @Override
    public com.vaadin.ui.Component createCard(ShellContext context, long customerId) {
        OpportunityFilter open = new OpportunityFilter(null, customerId, null, Set.of(OpportunityStatus.OPEN), null,
                null, null, false);
        List<Opportunity> rows = opportunities.search(context.user(), open, PageRequest.first(PageRequest.MAX_LIMIT));
        BigDecimal amount = sum(rows, false);
        BigDecimal weighted = sum(rows, true);
        Label value = new Label(Texts.of(context.locale()).get("card.openOpportunities.value", rows.size(),
                Money.compact(amount), Money.compact(weighted)));
        value.addStyleName(ValoTheme.LABEL_BOLD);
        return value;
    }

    /** @return the total amount, or the amount weighted by each stage's probability */
    static BigDecimal sum(List<Opportunity> rows, boolean weighted) {
        return rows.stream().filter(o -> o.amount() != null)
                .map(o -> weighted ? o.amount().multiply(BigDecimal.valueOf(o.probability())).movePointLeft(2)
                        : o.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
