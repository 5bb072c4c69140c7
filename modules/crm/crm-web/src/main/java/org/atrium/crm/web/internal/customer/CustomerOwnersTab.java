package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.ConfirmDialog;
import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.ServiceRelationship;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.UserPicker;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 负责人与共享: the owner and owning unit with hand-over to another owner (managers), and the units
 * that also serve the customer (service relationships), which editors add and remove.
 */
final class CustomerOwnersTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final transient ShellContext context;
    private final Texts texts;
    private final transient CustomerService customers;
    private final transient Directory names;
    private final Customer customer;
    private final transient Consumer<Customer> changed;
    private final Grid<ServiceRelationship> serving = new Grid<>();

    CustomerOwnersTab(ShellContext context, Texts texts, CustomerService customers, Directory names,
            Customer customer, Consumer<Customer> changed) {
        this.context = context;
        this.texts = texts;
        this.customers = customers;
        this.names = names;
        this.customer = customer;
        this.changed = changed;
        Label owner = new Label(texts.get("owners.current", names.user(customer.ownerUserId()),
                names.unit(customer.ownerUnitId()), names.company(customer.ownerUnitId())));
        Button assign = new Button(texts.get("owners.assign"), e -> assign());
        assign.setIcon(VaadinIcons.EXCHANGE);
        assign.setVisible(context.isPermitted(CrmPermissions.CUSTOMER_ASSIGN));
        HorizontalLayout ownerRow = new HorizontalLayout(owner, assign);
        Label servingHeading = new Label(texts.get("owners.serving"));
        servingHeading.addStyleName(ValoTheme.LABEL_H4);
        serving.addColumn(r -> names.unit(r.unitId())).setCaption(texts.get("owners.column.unit")).setExpandRatio(1);
        serving.addColumn(r -> names.company(r.unitId())).setCaption(texts.get("owners.column.company"));
        serving.addColumn(ServiceRelationship::note).setCaption(texts.get("owners.column.note")).setExpandRatio(1);
        serving.addColumn(r -> r.since() == null ? "" : DAY.format(r.since().atZone(ZoneId.systemDefault())))
                .setCaption(texts.get("owners.column.since"));
        boolean mayEdit = context.isPermitted(CrmPermissions.CUSTOMER_EDIT);
        if (mayEdit) {
            serving.addComponentColumn(this::removeButton).setWidth(70);
        }
        serving.setWidth("100%");
        serving.setHeightByRows(4);
        Button add = new Button(texts.get("owners.addServing"), e -> addServing());
        add.setIcon(VaadinIcons.PLUS);
        add.setVisible(mayEdit);
        addComponents(ownerRow, servingHeading, add, serving);
        refresh();
    }

    private void refresh() {
        List<ServiceRelationship> rows = new ServiceCall(context).get(
                () -> customers.serviceRelationships(context.user(), customer.id()), null);
        serving.setItems(rows == null ? List.of() : rows);
        serving.setHeightByRows(Math.max(2, Math.min(8, rows == null ? 2 : rows.size())));
    }

    private Button removeButton(ServiceRelationship r) {
        Button remove = new Button(VaadinIcons.TRASH, e -> ConfirmDialog.ask(context.ui(), texts.locale(),
                texts.get("owners.removeServing"), texts.get("owners.removeServing.confirm", names.unit(r.unitId())),
                texts.get("common.delete"), () -> {
                    if (new ServiceCall(context).run(
                            () -> customers.removeServiceRelationship(context.user(), customer.id(), r.unitId()))) {
                        refresh();
                    }
                }));
        remove.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        remove.setDescription(texts.get("owners.removeServing"));
        return remove;
    }

    private void addServing() {
        ComboBox<OrgUnit> unit = new ComboBox<>(texts.get("owners.column.unit"), names.org().all());
        unit.setItemCaptionGenerator(u -> "\u3000".repeat(Math.max(0, u.depth())) + u.name());
        unit.setWidth("100%");
        TextField note = new TextField(texts.get("owners.column.note"));
        note.setWidth("100%");
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("owners.addServing"), "480px");
        dialog.errors().bind(unit, "unitId").bind(note, "note");
        dialog.body(new FormLayout(unit, note)).onSave(texts.get("common.save"), () -> {
            if (unit.getValue() == null) {
                dialog.errors().show(java.util.Map.of("unitId", texts.get("common.required")));
                return false;
            }
            boolean ok = new ServiceCall(context).run(() -> customers.addServiceRelationship(context.user(),
                    customer.id(), unit.getValue().id(), note.getValue().isBlank() ? null : note.getValue().strip()),
                    dialog.errors()::show);
            if (ok) {
                refresh();
            }
            return ok;
        }).open(context.ui());
    }

    private void assign() {
        ComboBox<UserSummary> user = UserPicker.create(texts.get("owners.newOwner"), names.users(), context.user());
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("owners.assign"), "480px");
        dialog.errors().bind(user, "owner", "newOwner");
        dialog.body(new FormLayout(user)).onSave(texts.get("owners.assign"), () -> {
            UserSummary target = user.getValue();
            if (target == null) {
                dialog.errors().show(java.util.Map.of("owner", texts.get("common.required")));
                return false;
            }
            Customer moved = new ServiceCall(context).get(() -> customers.assign(context.user(), customer.id(),
                    new Owner(target.id(), target.primaryUnitId())), dialog.errors()::show);
            if (moved != null) {
                context.notify(texts.get("owners.assigned", target.displayName()));
                changed.accept(moved);
            }
            return moved != null;
        }).open(context.ui());
    }
}
