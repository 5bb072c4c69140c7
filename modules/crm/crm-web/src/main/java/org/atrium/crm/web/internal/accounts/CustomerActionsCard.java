package org.atrium.crm.web.internal.accounts;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.merge.MergeDialog;
import org.atrium.crm.web.internal.pool.PoolClaims;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 客户操作 on the customer 360: 退回公海 for users who may edit the customer (it is not in the pool
 * already) and 合并客户 for users holding {@code crm.customer.merge}. Hidden when neither applies;
 * the services check again.
 */
@Component(service = CustomerCardContribution.class)
public class CustomerActionsCard implements CustomerCardContribution {

    private final CustomerService customers;
    private final CustomerPoolService pool;
    private final MergeDialog.Counts counts;
    private final UserService users;
    private final OrgService org;

    @Activate
    public CustomerActionsCard(@Reference CustomerService customers, @Reference CustomerPoolService pool,
            @Reference ContactService contacts, @Reference OpportunityService opportunities,
            @Reference ActivityService activities, @Reference UserService users, @Reference OrgService org) {
        this.customers = customers;
        this.pool = pool;
        this.counts = new MergeDialog.Counts(contacts, opportunities, activities);
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm.customer-actions";
    }

    @Override
    public String title(Locale locale) {
        return AccountTexts.of(locale).get("actions.title");
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public com.vaadin.ui.Component createCard(ShellContext context, long customerId) {
        Texts texts = Texts.of(context.locale());
        Texts keys = AccountTexts.of(context.locale());
        CssLayout body = new CssLayout();
        body.setId("crm-customer-actions");
        Customer customer = new ServiceCall(context).get(() -> customers.get(context.user(), customerId), null);
        if (customer != null && context.isPermitted(CrmPermissions.CUSTOMER_EDIT)
                && customer.ownerUserId() != CustomerPoolService.NO_OWNER) {
            Button release = new Button(keys.get("pool.release"), e -> release(context, texts, keys, customer));
            release.setIcon(VaadinIcons.INBOX);
            release.addStyleName(ValoTheme.BUTTON_SMALL);
            release.setId("crm-customer-release");
            body.addComponent(release);
        }
        if (customer != null && context.isPermitted(CrmPermissions.CUSTOMER_MERGE)) {
            Button merge = new Button(keys.get("merge.title"), e -> new MergeDialog(context, texts, keys, customers,
                    counts, new Directory(users, org), customer).open());
            merge.setIcon(VaadinIcons.COMPRESS);
            merge.addStyleName(ValoTheme.BUTTON_SMALL);
            merge.setId("crm-customer-merge");
            body.addComponent(merge);
        }
        body.setVisible(body.getComponentCount() > 0);
        return body;
    }

    private void release(ShellContext context, Texts texts, Texts keys, Customer customer) {
        ConfirmDialog.ask(context.ui(), texts.locale(), keys.get("pool.release"),
                keys.get("pool.release.confirm", customer.name(), customer.code()), keys.get("pool.release"), () -> {
                    PoolClaims.Outcome outcome = new PoolClaims(pool, keys).release(context.user(), customer.id());
                    if (!outcome.ok()) {
                        context.showError(outcome.error());
                        return;
                    }
                    context.notify(keys.get("pool.released", customer.name()));
                    context.navigate("crm/pool", null);
                });
    }
}
