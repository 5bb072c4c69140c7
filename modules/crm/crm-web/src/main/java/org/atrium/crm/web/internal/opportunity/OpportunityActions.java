package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.UserPicker;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The actions on one opportunity shared by the list, the kanban cards and the customer's opportunities
 * tab: 编辑 (with {@code crm.opportunity.edit}) and 转交 to another owner (with
 * {@code crm.opportunity.assign}). The buttons follow the permissions; the service checks them and
 * the data scope again.
 */
final class OpportunityActions {

    private final ShellContext context;
    private final Texts texts;
    private final OpportunityService opportunities;
    private final UserService users;

    OpportunityActions(ShellContext context, Texts texts, OpportunityService opportunities, UserService users) {
        this.context = context;
        this.texts = texts;
        this.opportunities = opportunities;
        this.users = users;
    }

    boolean mayEdit() {
        return context.isPermitted(CrmPermissions.OPPORTUNITY_EDIT);
    }

    boolean mayAssign() {
        return context.isPermitted(CrmPermissions.OPPORTUNITY_ASSIGN);
    }

    /** Opens the edit dialog on the opportunity as the service has it now. */
    void edit(Opportunity row, Consumer<Opportunity> done) {
        Opportunity fresh = new ServiceCall(context).get(() -> opportunities.get(context.user(), row.id()), null);
        if (fresh != null) {
            new OpportunityEditDialog(context, texts, opportunities, fresh).open(done);
        }
    }

    /** 转交: picks the new owner; the opportunity goes to the owner's primary unit. */
    void assign(Opportunity opportunity, Consumer<Opportunity> done) {
        ComboBox<UserSummary> user = UserPicker.create(texts.get("opportunity.assign.to"), users, context.user());
        user.setId("crm-opportunity-assign-user");
        Label what = new Label(texts.get("opportunity.assign.intro", opportunity.name()));
        what.setWidth("100%");
        // the picker's own error indicator shows its message only on hover: spelled out under it as well
        Label problem = new Label();
        problem.addStyleNames(ValoTheme.LABEL_FAILURE, ValoTheme.LABEL_SMALL);
        problem.setWidth("100%");
        problem.setVisible(false);
        problem.setId("crm-opportunity-assign-error");
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("opportunity.assign"), "480px");
        dialog.setId("crm-opportunity-assign");
        dialog.errors().bind(user, "owner", "newOwner");
        java.util.function.Consumer<Map<String, String>> show = errors -> {
            String message = errors.getOrDefault("owner", errors.get("newOwner"));
            problem.setValue(message == null ? "" : message);
            problem.setVisible(message != null);
            dialog.errors().show(errors);
        };
        user.addValueChangeListener(e -> {
            problem.setVisible(false);
            user.setComponentError(null);
        });
        dialog.body(new FormLayout(what, user)).body(problem).onSave(texts.get("opportunity.assign"), () -> {
            problem.setVisible(false);
            UserSummary target = user.getValue();
            if (target == null) {
                show.accept(Map.of("owner", texts.get("opportunity.assign.pick")));
                return false;
            }
            if (target.id() == opportunity.ownerUserId()) {
                show.accept(Map.of("owner", texts.get("opportunity.assign.same")));
                return false;
            }
            Opportunity assigned = new ServiceCall(context).get(() -> opportunities.assign(context.user(),
                    opportunity.id(), new Owner(target.id(), target.primaryUnitId())), show);
            if (assigned != null) {
                context.notify(texts.get("opportunity.assigned", opportunity.name(), target.displayName()));
                done.accept(assigned);
            }
            return assigned != null;
        }).open(context.ui());
    }

    /**
     * @return small 编辑 / 转交 buttons for one row or card, only those the user may use; {@code changed}
     *         runs after a save
     */
    HorizontalLayout buttons(Opportunity opportunity, Consumer<Opportunity> changed, boolean iconsOnly) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.setMargin(false);
        if (mayEdit()) {
            bar.addComponent(button("common.edit", VaadinIcons.EDIT, iconsOnly,
                    "crm-opportunity-edit-" + opportunity.id(), () -> edit(opportunity, changed)));
        }
        if (mayAssign()) {
            bar.addComponent(button("opportunity.assign", VaadinIcons.USER_CHECK, iconsOnly,
                    "crm-opportunity-assign-" + opportunity.id(), () -> assign(opportunity, changed)));
        }
        return bar;
    }

    private Button button(String key, VaadinIcons icon, boolean iconOnly, String id, Runnable action) {
        Button button = new Button(iconOnly ? null : texts.get(key), e -> action.run());
        button.setIcon(icon);
        button.setDescription(texts.get(key));
        button.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
        button.setId(id);
        return button;
    }
}
