package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.ConfirmDialog;
import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import org.atrium.crm.api.HandOverResult;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.UserPicker;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 离职交接: a manager picks the leaving user and the successor; after confirmation every customer,
 * contact, lead and opportunity of the one goes to the other in one audited service call.
 */
final class HandOverDialog {

    private final ShellContext context;
    private final Texts texts;
    private final CustomerService customers;
    private final Runnable done;
    private final ComboBox<UserSummary> from;
    private final ComboBox<UserSummary> to;
    private final FormDialog dialog;

    HandOverDialog(ShellContext context, Texts texts, CustomerService customers, UserService users, Runnable done) {
        this.context = context;
        this.texts = texts;
        this.customers = customers;
        this.done = done;
        from = UserPicker.create(texts.get("handOver.from"), users, context.user());
        to = UserPicker.create(texts.get("handOver.to"), users, context.user());
        Label hint = new Label(texts.get("handOver.hint"));
        hint.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        hint.setWidth("100%");
        dialog = new FormDialog(texts.locale(), texts.get("handOver.title"), "520px");
        dialog.errors().bind(from, "from").bind(to, "to");
        FormLayout form = new FormLayout(hint, from, to);
        form.setWidth("100%");
        dialog.body(form);
    }

    void open() {
        dialog.onSave(texts.get("handOver.run"), this::confirm).open(context.ui());
    }

    private boolean confirm() {
        UserSummary leaving = from.getValue();
        UserSummary successor = to.getValue();
        if (leaving == null || successor == null || leaving.id() == successor.id()) {
            dialog.errors().show(java.util.Map.of(leaving == null ? "from" : "to", texts.get("handOver.pick")));
            return false;
        }
        ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("handOver.title"),
                texts.get("handOver.confirm", leaving.displayName(), successor.displayName()),
                texts.get("handOver.run"), () -> run(leaving, successor));
        return true;
    }

    private void run(UserSummary leaving, UserSummary successor) {
        HandOverResult result = new ServiceCall(context).get(
                () -> customers.handOver(context.user(), leaving.id(), successor.id()), null);
        if (result != null) {
            context.notify(texts.get("handOver.done", result.customers(), result.contacts(), result.leads(),
                    result.opportunities(), result.skipped()));
            done.run();
        }
    }
}
