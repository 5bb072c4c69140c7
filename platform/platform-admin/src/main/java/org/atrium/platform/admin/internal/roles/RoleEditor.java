package org.atrium.platform.admin.internal.roles;

import org.atrium.shell.api.ui.ServiceCall;
import org.atrium.shell.api.ui.FieldErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.ShellContext;

/** Edits one role: code, name, description and a row per declared permission. */
final class RoleEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final Labels labels;
    private final transient RoleService roles;
    private final List<OrgUnit> units;
    private final Consumer<Role> saved;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Label formError = new Label();
    private final FieldErrors errors = new FieldErrors(formError);
    private final VerticalLayout permissions = new VerticalLayout();
    private final List<PermissionRow> rows = new ArrayList<>();
    private transient Role role;
    private transient List<PermissionDeclaration> declared = List.of();

    RoleEditor(ShellContext context, Texts texts, RoleService roles, List<OrgUnit> units, Consumer<Role> saved) {
        this.context = context;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.roles = roles;
        this.units = units;
        this.saved = saved;
        code.setCaption(texts.get("role.field.code"));
        code.setMaxLength(40);
        name.setCaption(texts.get("role.field.name"));
        name.setWidth("100%");
        description.setCaption(texts.get("role.field.description"));
        description.setRows(2);
        description.setWidth("100%");
        formError.addStyleName(ValoTheme.LABEL_FAILURE);
        formError.setWidth("100%");
        errors.bind(code, "code").bind(name, "name").bind(description, "description");
        permissions.setMargin(false);
        Label permissionsHeading = new Label(texts.get("role.permissions"));
        permissionsHeading.addStyleName(ValoTheme.LABEL_H3);
        Button save = Buttons.of(texts.get("common.save"), VaadinIcons.CHECK, e -> save());
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        FormLayout fields = new FormLayout(code, name, description);
        fields.setWidth("100%");
        addComponents(formError, fields, permissionsHeading, permissions, save);
        setWidth("100%");
    }

    /** Shows a role, or an empty form for a new one ({@code null}). */
    void edit(Role toEdit) {
        role = toEdit;
        errors.clear();
        code.setReadOnly(false);
        code.setValue(toEdit == null ? "" : toEdit.code());
        code.setReadOnly(toEdit != null);
        name.setValue(toEdit == null ? "" : toEdit.name());
        description.setValue(toEdit == null || toEdit.description() == null ? "" : toEdit.description());
        declared = roles.declaredPermissions();
        Map<String, RoleEditorLogic.Choice> choices = RoleEditorLogic.choices(toEdit, declared);
        permissions.removeAllComponents();
        rows.clear();
        for (RoleEditorLogic.PermissionGroup group : RoleEditorLogic.groups(declared, roles.permissionProviders(),
                texts.locale())) {
            Label heading = new Label(group.label());
            heading.addStyleNames(ValoTheme.LABEL_BOLD, ValoTheme.LABEL_COLORED);
            permissions.addComponent(heading);
            for (PermissionDeclaration declaration : group.permissions()) {
                PermissionRow row = new PermissionRow(texts, labels, declaration, choices.get(declaration.id()), units);
                rows.add(row);
                permissions.addComponent(row);
            }
        }
    }

    private void save() {
        errors.clear();
        List<Grant> previous = role == null ? List.of() : role.grants();
        RoleEditorLogic.Result result = RoleEditorLogic.build(rows.stream().map(PermissionRow::choice).toList(),
                declared, previous, texts);
        if (!result.errors().isEmpty()) {
            rows.stream().filter(r -> result.errors().containsKey(r.permission()))
                    .forEach(r -> r.showError(result.errors().get(r.permission())));
            errors.show(Map.of("", texts.get("role.error.fix")));
            return;
        }
        Role current = role;
        Role stored = new ServiceCall(context).get(() -> current == null
                ? roles.create(context.user(), code.getValue().strip(), name.getValue().strip(),
                        description.getValue(), result.grants())
                : roles.update(context.user(), current.id(), name.getValue().strip(), description.getValue(),
                        result.grants()), errors::show);
        if (stored != null) {
            context.notify(texts.get("common.saved"));
            saved.accept(stored);
        }
    }
}
