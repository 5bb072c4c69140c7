package org.atrium.platform.admin.internal.roles;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.List;
import java.util.Optional;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.HorizontalSplitPanel;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.ShellContext;

/** The roles on the left, the editor of the selected (or a new) role on the right. */
final class RolesView extends HorizontalSplitPanel implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient RoleService roles;
    private final Grid<Role> grid = new Grid<>();
    private final RoleEditor editor;
    private final Panel editorPanel;

    RolesView(ShellContext context, Texts texts, RoleService roles, OrgService org) {
        this.context = context;
        this.texts = texts;
        this.roles = roles;
        setSizeFull();
        setSplitPosition(38, Unit.PERCENTAGE);
        boolean mayManage = context.isPermitted(PlatformPermissions.ROLE_MANAGE);
        editor = new RoleEditor(context, texts, roles, org.all(), this::saved);
        Label heading = new Label(texts.get("roles.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        Button create = Buttons.of(texts.get("roles.create"), VaadinIcons.PLUS, e -> {
            grid.deselectAll();
            show(null);
        });
        Button delete = Buttons.of(texts.get("common.delete"), VaadinIcons.TRASH, e -> selected().ifPresent(this::delete));
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        delete.setEnabled(false);
        create.setVisible(mayManage);
        delete.setVisible(mayManage);
        grid.addColumn(Role::name).setCaption(texts.get("role.column.name")).setExpandRatio(1);
        grid.addColumn(Role::code).setCaption(texts.get("role.column.code")).setMaximumWidth(200);
        grid.addColumn(r -> r.grants().size()).setCaption(texts.get("role.column.grants")).setWidth(80);
        grid.setSizeFull();
        grid.addSelectionListener(e -> {
            delete.setEnabled(e.getFirstSelectedItem().isPresent());
            e.getFirstSelectedItem().ifPresent(this::show);
        });
        VerticalLayout left = new VerticalLayout(heading, new HorizontalLayout(create, delete), grid);
        left.setSizeFull();
        left.setExpandRatio(grid, 1);
        editorPanel = new Panel(editor);
        editorPanel.setSizeFull();
        editorPanel.addStyleName(ValoTheme.PANEL_BORDERLESS);
        editorPanel.setVisible(false);
        setFirstComponent(left);
        setSecondComponent(editorPanel);
        refresh();
    }

    private Optional<Role> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void show(Role role) {
        editorPanel.setCaption(role == null ? texts.get("roles.create") : texts.get("roles.edit", role.name()));
        editor.edit(role);
        editorPanel.setVisible(true);
    }

    private void refresh() {
        List<Role> all = roles.roles();
        grid.setItems(all);
    }

    private void saved(Role role) {
        refresh();
        grid.select(role);
    }

    private void delete(Role role) {
        ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("roles.delete.title"),
                texts.get("roles.delete.confirm", role.name()), texts.get("common.delete"), () -> {
                    if (new ServiceCall(context).run(() -> roles.delete(context.user(), role.id()))) {
                        context.notify(texts.get("roles.deleted", role.name()));
                        editorPanel.setVisible(false);
                        refresh();
                    }
                });
    }
}
