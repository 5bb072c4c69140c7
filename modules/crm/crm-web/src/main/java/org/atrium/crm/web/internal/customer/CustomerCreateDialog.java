package org.atrium.crm.web.internal.customer;

import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.web.internal.FormDialog;
import org.atrium.crm.web.internal.ServiceCall;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.shell.api.ShellContext;

/**
 * 新建客户: the customer fields with the live 撞单 warning. Saving is the service's decision: a
 * certain duplicate, an invalid credit code or a missing name come back as field errors and the
 * dialog stays open.
 */
final class CustomerCreateDialog {

    private final ShellContext context;
    private final Texts texts;
    private final CustomerService customers;
    private final Consumer<Customer> created;
    private final CustomerFields fields;
    private final FormDialog dialog;

    CustomerCreateDialog(ShellContext context, Texts texts, CustomerService customers, Consumer<Customer> created) {
        this.context = context;
        this.texts = texts;
        this.customers = customers;
        this.created = created;
        this.fields = new CustomerFields(texts, this::duplicates);
        this.dialog = new FormDialog(texts, texts.get("customers.create"), "760px");
        fields.bind(dialog.errors());
        fields.show(CustomerForm.empty());
        dialog.body(fields);
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
            return customers.checkDuplicates(context.user(), name, creditCode, null);
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    /** @return the fields, for tests */
    CustomerFields fields() {
        return fields;
    }
}
