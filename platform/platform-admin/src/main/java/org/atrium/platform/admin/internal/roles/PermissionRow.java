package org.atrium.platform.admin.internal.roles;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.server.UserError;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TwinColSelect;
import com.vaadin.ui.VerticalLayout;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.PermissionDeclaration;

/**
 * One permission in the role editor: a tick box, for scoped permissions the data scope, and for
 * 自定义 the chosen units.
 */
final class PermissionRow extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final String permission;
    private final CheckBox granted;
    private final ComboBox<DataScope> scope = new ComboBox<>();
    private final TwinColSelect<OrgUnit> units = new TwinColSelect<>();

    PermissionRow(Texts texts, Labels labels, PermissionDeclaration declaration, RoleEditorLogic.Choice choice,
            List<OrgUnit> allUnits) {
        this.permission = declaration.id();
        setMargin(false);
        setSpacing(false);
        granted = new CheckBox(declaration.label().apply(texts.locale()), choice.granted());
        granted.setDescription(declaration.id());
        granted.setWidth("260px");
        scope.setItems(Arrays.asList(DataScope.values()));
        scope.setItemCaptionGenerator(labels::scope);
        scope.setEmptySelectionAllowed(false);
        scope.setTextInputAllowed(false);
        scope.setValue(choice.scope() == null ? RoleEditorLogic.DEFAULT_SCOPE : choice.scope());
        scope.setVisible(declaration.scoped());
        scope.setWidth("180px");
        units.setItems(allUnits);
        units.setItemCaptionGenerator(Labels::indented);
        units.setLeftColumnCaption(texts.get("role.units.available"));
        units.setRightColumnCaption(texts.get("role.units.chosen"));
        units.setRows(6);
        units.setWidth("100%");
        units.setValue(allUnits.stream().filter(u -> choice.unitIds().contains(u.id())).collect(Collectors.toSet()));
        granted.addValueChangeListener(e -> update());
        scope.addValueChangeListener(e -> update());
        addComponents(new HorizontalLayout(granted, scope), units);
        update();
    }

    private void update() {
        scope.setEnabled(granted.getValue());
        units.setVisible(scope.isVisible() && granted.getValue() && scope.getValue() == DataScope.CUSTOM);
        scope.setComponentError(null);
        units.setComponentError(null);
    }

    /** @return what the row says */
    RoleEditorLogic.Choice choice() {
        Set<Long> ids = units.getValue().stream().map(OrgUnit::id).collect(Collectors.toSet());
        return new RoleEditorLogic.Choice(permission, granted.getValue(), scope.getValue(), ids);
    }

    String permission() {
        return permission;
    }

    /** Shows an error at the row's scope. */
    void showError(String message) {
        (units.isVisible() ? units : scope).setComponentError(new UserError(message));
    }
}
