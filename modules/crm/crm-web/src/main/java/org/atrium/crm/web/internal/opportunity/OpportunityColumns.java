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

    /**
     * Adds the 编辑 / 转交 column (as the first column) when the user may do either; clicks on it do not open the customer.
     *
     * @return the column, or {@code null} when the user may do neither
     */
    static Grid.Column<Opportunity, ?> actions(Grid<Opportunity> grid, Texts texts, OpportunityActions actions,
            java.util.function.Consumer<Opportunity> changed) {
        if (!actions.mayEdit() && !actions.mayAssign()) {
            return null;
        }
        Grid.Column<Opportunity, ?> column = grid.addComponentColumn(o -> actions.buttons(o, changed, true))
                .setCaption(texts.get("common.actions")).setSortable(false)
                .setWidth(actions.mayEdit() && actions.mayAssign() ? 110 : 70);
        // first, so the buttons are in view also when the other columns need the grid to scroll sideways
        grid.setColumnOrder(column);
        return column;
    }
}
