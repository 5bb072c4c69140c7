package org.atrium.crm.web.internal.activity;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.VerticalLayout;

/** The activity timeline tab of the customer 360 page (跟进记录), newest first, with "add activity". */
@Component(service = CustomerTabContribution.class)
public class TimelineTab implements CustomerTabContribution {

    private static final int PICK_LIMIT = 200;

    private final ActivityService activities;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final UserService users;
    private final OrgService org;

    @Activate
    public TimelineTab(@Reference ActivityService activities, @Reference ContactService contacts,
            @Reference OpportunityService opportunities, @Reference UserService users, @Reference OrgService org) {
        this.activities = activities;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm.timeline";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("customer360.tab.timeline");
    }

    @Override
    public int order() {
        return TIMELINE_ORDER;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.ACTIVITY_VIEW;
    }

    @Override
    public com.vaadin.ui.Component createTab(ShellContext context, long customerId) {
        Texts texts = Texts.of(context.locale());
        Timeline timeline = new Timeline(context, texts, activities, new Directory(users, org),
                ActivityFilter.ofCustomer(customerId));
        Button add = new Button(texts.get("activity.create"), e -> new ActivityDialog(context, texts, activities,
                customerId, pickable(() -> contacts.search(context.user(), ContactFilter.ofCustomer(customerId),
                        PageRequest.first(PICK_LIMIT))),
                pickable(() -> opportunities.search(context.user(),
                        new OpportunityFilter(null, customerId, null, java.util.Set.of(OpportunityStatus.OPEN), null,
                                null, null, false),
                        PageRequest.first(PICK_LIMIT))))
                .open(timeline::reload));
        add.setIcon(VaadinIcons.PLUS);
        add.setVisible(context.isPermitted(CrmPermissions.ACTIVITY_CREATE));
        VerticalLayout body = new VerticalLayout(add, timeline);
        body.setMargin(false);
        return body;
    }

    private static <T> List<T> pickable(java.util.function.Supplier<List<T>> rows) {
        try {
            return rows.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }
}
