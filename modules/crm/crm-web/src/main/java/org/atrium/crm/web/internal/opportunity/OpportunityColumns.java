package org.atrium.crm.web.internal.opportunity;

import java.util.Set;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;

import com.vaadin.ui.Grid;

/** The columns of an opportunity grid. */
final class OpportunityColumns {

    /** The properties {@code OpportunityService.search} documents as sortable. */
    static final Set<String> SORTABLE = Set.of("name", "amount", "expectedCloseDate", "stage", "createdAt");

    private OpportunityColumns() {
    }

    /** @param customers {@code null} to leave out the customer column (a customer's own list) */
    static void add(Grid<Opportunity> grid, Texts texts, Stages stages, CustomerNames customers, Directory names) {
        Labels labels = new Labels(texts);
        grid.addColumn(Opportunity::name).setCaption(texts.get("opportunity.field.name")).setSortProperty("name")
                .setExpandRatio(1);
        if (customers != null) {
            grid.addColumn(o -> customers.of(o.customerId())).setCaption(texts.get("contact.field.customer"))
                    .setSortable(false).setExpandRatio(1);
        }
        grid.addColumn(o -> stages.name(o.stageCode())).setCaption(texts.get("opportunity.field.stage"))
                .setSortProperty("stage");
        grid.addColumn(o -> labels.of(o.status())).setCaption(texts.get("opportunity.field.status"))
                .setSortable(false);
        grid.addColumn(o -> o.probability() + "%").setCaption(texts.get("opportunity.field.probability"))
                .setSortable(false);
        grid.addColumn(o -> Money.format(o.amount())).setCaption(texts.get("opportunity.field.amount"))
                .setSortProperty("amount").setStyleGenerator(o -> "v-align-right");
        grid.addColumn(Opportunity::expectedCloseDate).setCaption(texts.get("opportunity.field.expectedCloseDate"))
                .setSortProperty("expectedCloseDate");
        grid.addColumn(o -> names.user(o.ownerUserId())).setCaption(texts.get("customer.field.owner"))
                .setSortable(false);
    }
}
