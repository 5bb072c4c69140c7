package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.crm.web.internal.sharing.SharingRequestDialog;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;

/**
 * 新建客户: the customer fields with the live 撞单 warning. Saving is the service's decision: a
 * certain duplicate, an invalid credit code or a missing name come back as field errors and the
 * dialog stays open. After a duplicate hit, 申请共享 asks the holder to let the user's unit serve the
 * customer instead.
 */
final class CustomerCreateDialog {

    private final ShellContext context;
    private final Texts texts;
    private final CustomerService customers;
    private final Consumer<Customer> created;
    private final CustomerFields fields;
    private final FormDialog dialog;
    private final Button requestSharing;
    private List<DuplicateMatch> lastMatches = List.of();

    CustomerCreateDialog(ShellContext context, Texts texts, CustomerService customers, SharingService sharing,
            List<ClassificationDimension> dimensions, Consumer<Customer> created) {
        this.context = context;
        this.texts = texts;
        this.customers = customers;
        this.created = created;
        this.requestSharing = new Button(AccountTexts.of(context.locale()).get("sharing.request"),
                e -> requestSharing(sharing));
        requestSharing.setIcon(VaadinIcons.CONNECT);
        requestSharing.setId("crm-customer-request-sharing");
        requestSharing.setVisible(false);
        this.fields = new CustomerFields(texts, this::duplicates, dimensions);
        this.dialog = new FormDialog(texts.locale(), texts.get("customers.create"), "760px");
        fields.bind(dialog.errors());
        fields.show(CustomerForm.empty());
        dialog.body(fields).extra(requestSharing);
    }

    /** Opens the dialog. */
    void open() {
        dialog.onSave(texts.get("common.save"), this::save).open(context.ui());
    }

    /** @return whether the customer was registered (then the dialog closes) */
    boolean save() {
        Customer customer = new ServiceCall(context).get(
                () -> customers.create(context.user(), fields.read().toDraft(null)), dialog.errors()::show);
        if (customer == null) {
            fields.checkDuplicates();
            return false;
        }
        context.notify(texts.get("customers.created", customer.name(), customer.code()));
        created.accept(customer);
        return true;
    }

    private List<DuplicateMatch> duplicates(String name, String creditCode) {
        try {
            lastMatches = customers.checkDuplicates(context.user(), name, creditCode, null);
        } catch (AccessDeniedException e) {
            lastMatches = List.of();
        }
        requestSharing.setVisible(!lastMatches.isEmpty());
        return lastMatches;
    }

    private void requestSharing(SharingService sharing) {
        if (lastMatches.isEmpty()) {
            return;
        }
        DuplicateMatch best = lastMatches.get(0);
        CustomerForm form = fields.read();
        new SharingRequestDialog(context, texts, sharing).open(CustomerForm.trim(form.name()),
                CustomerForm.trim(form.creditCode()), best.holderCompany() + " · " + best.holderOwnerName());
    }

    /** @return the 申请共享 button, for tests */
    Button requestSharingButton() {
        return requestSharing;
    }

    /** @return the fields, for tests */
    CustomerFields fields() {
        return fields;
    }
}
