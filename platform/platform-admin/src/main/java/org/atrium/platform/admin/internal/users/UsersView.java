package org.atrium.platform.admin.internal.users;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;
import org.atrium.shell.api.ui.Downloads;

import java.util.List;
import java.util.Optional;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.admin.internal.directory.UserColumns;
import org.atrium.platform.admin.internal.directory.UserDirectorySource;
import org.atrium.platform.admin.internal.directory.UserFilterBar;
import org.atrium.platform.api.identity.UserDetail;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.ShellContext;

/**
 * User administration: filters over a lazy grid, create and edit in a dialog, enable / disable
 * and password reset after confirmation, CSV export of the filtered list.
 */
final class UsersView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient UserService users;
    private final transient OrgService org;
    private final transient RoleService roles;
    private final transient UserDirectorySource source;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Button edit;
    private final Button toggle;
    private final Button reset;

    UsersView(ShellContext context, Texts texts, UserService users, OrgService org, RoleService roles) {
        this.context = context;
        this.texts = texts;
        this.users = users;
        this.org = org;
        this.roles = roles;
        this.source = UserDirectorySource.administration(users, context.user(), context::showError);
        setSizeFull();
        Label heading = new Label(texts.get("users.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        List<OrgUnit> units = org.all();
        UserFilterBar filters = new UserFilterBar(texts, units, true, source::filter);
        boolean mayManage = context.isPermitted(PlatformPermissions.USER_MANAGE);
        Button create = Buttons.of(texts.get("users.create"), VaadinIcons.PLUS, e -> create());
        create.addStyleName(ValoTheme.BUTTON_PRIMARY);
        edit = Buttons.of(texts.get("common.edit"), VaadinIcons.EDIT, e -> selected().ifPresent(this::edit));
        toggle = Buttons.of(texts.get("users.disable"), VaadinIcons.BAN, e -> selected().ifPresent(this::toggle));
        reset = Buttons.of(texts.get("users.resetPassword"), VaadinIcons.KEY, e -> selected().ifPresent(this::reset));
        Button export = Buttons.of(texts.get("common.exportCsv"), VaadinIcons.DOWNLOAD, e -> { });
        Downloads.csv(export, "users", () -> UserExport.csv(texts, source.all()));
        List.of(create, edit, toggle, reset).forEach(b -> b.setVisible(mayManage));
        HorizontalLayout actions = new HorizontalLayout(create, edit, toggle, reset, export);
        actions.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        UserColumns.addDirectoryColumns(grid, texts);
        grid.addColumn(UserSummary::login).setId("login").setCaption(texts.get("user.column.login"))
                .setSortProperty("login");
        grid.addColumn(u -> UserExport.status(texts, u)).setId("status").setCaption(texts.get("user.column.status"))
                .setSortable(false);
        grid.setColumnOrder("displayName", "login", "unitName", "positionName", "mobile", "email", "status");
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        grid.addSelectionListener(e -> updateActions(e.getFirstSelectedItem()));
        grid.addItemClickListener(e -> {
            if (e.getMouseEventDetails().isDoubleClick() && mayManage) {
                edit(e.getItem());
            }
        });
        updateActions(Optional.empty());
        addComponents(heading, filters, actions, grid);
        setExpandRatio(grid, 1);
    }

    private Optional<UserSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions(Optional<UserSummary> user) {
        edit.setEnabled(user.isPresent());
        reset.setEnabled(user.isPresent());
        toggle.setEnabled(user.isPresent());
        boolean enabled = user.map(UserSummary::enabled).orElse(true);
        toggle.setCaption(texts.get(enabled ? "users.disable" : "users.enable"));
        toggle.setIcon(enabled ? VaadinIcons.BAN : VaadinIcons.CHECK);
    }

    private UserFormDialog form(String caption, boolean editing) {
        return new UserFormDialog(texts, caption, editing, org.all(), org.positions(), roles.roles());
    }

    private void create() {
        form(texts.get("users.create"), false).show(UserForm.empty()).open(context.ui(), (form, errors) -> {
            UserService.CreatedUser created = new ServiceCall(context).get(
                    () -> users.create(context.user(), form.toDraft()), errors);
            if (created == null) {
                return false;
            }
            source.refresh();
            OneTimePasswordDialog.show(context.ui(), texts, created.user().login(), created.oneTimePassword());
            return true;
        });
    }

    private void edit(UserSummary user) {
        Optional<UserDetail> detail = new ServiceCall(context).get(() -> users.detail(context.user(), user.id()), null);
        if (detail == null) {
            return;
        }
        if (detail.isEmpty()) {
            context.showError(texts.get("users.notFound"));
            return;
        }
        form(texts.get("users.edit", user.displayName()), true).show(UserForm.of(detail.get()))
                .open(context.ui(), (form, errors) -> {
                    UserDetail saved = new ServiceCall(context).get(
                            () -> users.update(context.user(), user.id(), form.toDraft()), errors);
                    if (saved != null) {
                        context.notify(texts.get("common.saved"));
                        source.refresh();
                    }
                    return saved != null;
                });
    }

    private void toggle(UserSummary user) {
        boolean enable = !user.enabled();
        String action = texts.get(enable ? "users.enable" : "users.disable");
        ConfirmDialog.ask(context.ui(), texts.locale(), action,
                texts.get(enable ? "users.enable.confirm" : "users.disable.confirm", user.displayName(), user.login()),
                action, () -> {
                    if (new ServiceCall(context).run(() -> users.setEnabled(context.user(), user.id(), enable))) {
                        context.notify(texts.get(enable ? "users.enabled" : "users.disabled", user.displayName()));
                        grid.deselectAll();
                        source.refresh();
                    }
                });
    }

    private void reset(UserSummary user) {
        ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("users.resetPassword"),
                texts.get("users.reset.confirm", user.displayName(), user.login()), texts.get("users.resetPassword"),
                () -> {
                    String password = new ServiceCall(context).get(
                            () -> users.resetPassword(context.user(), user.id()), null);
                    if (password != null) {
                        OneTimePasswordDialog.show(context.ui(), texts, user.login(), password);
                    }
                });
    }
}
