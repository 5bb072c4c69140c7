package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.ServiceCall;
import org.atrium.shell.api.ui.FieldErrors;

import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The profile tab: the customer's fields, editable for users with {@code crm.customer.edit}; saving
 * sends the version the edit started from, so a concurrent change is reported instead of lost.
 */
final class CustomerProfileTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient CustomerService customers;
    private final Customer customer;
    private final transient Consumer<Customer> saved;
    private final CustomerFields fields;
    private final Label formError = new Label();
    private final FieldErrors errors = new FieldErrors(formError);

    CustomerProfileTab(ShellContext context, Texts texts, CustomerService customers, Customer customer,
            List<ClassificationDimension> dimensions, Consumer<Customer> saved) {
        this.context = context;
        this.texts = texts;
        this.customers = customers;
        this.customer = customer;
        this.saved = saved;
        fields = new CustomerFields(texts, this::duplicates, dimensions);
        fields.bind(errors);
        fields.show(CustomerForm.of(customer));
        boolean editable = context.isPermitted(CrmPermissions.CUSTOMER_EDIT);
        fields.setEditable(editable);
        formError.addStyleName(ValoTheme.LABEL_FAILURE);
        formError.setWidth("100%");
        Button save = new Button(texts.get("common.save"), e -> save());
        save.setIcon(VaadinIcons.CHECK);
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setVisible(editable);
        addComponents(formError, fields, save);
    }

    /** @return whether the change was saved */
    boolean save() {
        errors.clear();
        Customer updated = new ServiceCall(context).get(() -> customers.update(context.user(), customer.id(),
                fields.read().toDraft(customer.parentId()), customer.version()), errors::show);
        if (updated != null) {
            context.notify(texts.get("common.saved"));
            saved.accept(updated);
        }
        return updated != null;
    }

    private List<DuplicateMatch> duplicates(String name, String creditCode) {
        try {
            return customers.checkDuplicates(context.user(), name, creditCode, customer.id());
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }
}
