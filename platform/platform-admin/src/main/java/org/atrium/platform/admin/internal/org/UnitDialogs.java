package org.atrium.platform.admin.internal.org;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.shell.api.ShellContext;

/** The dialogs of the org screen: create, edit, move, set head. */
final class UnitDialogs {

    private static final String WIDTH = "460px";

    private final ShellContext context;
    private final Texts texts;
    private final Labels labels;
    private final OrgService org;
    private final UserService users;
    private final Runnable changed;

    UnitDialogs(ShellContext context, Texts texts, OrgService org, UserService users, Runnable changed) {
        this.context = context;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.org = org;
        this.users = users;
        this.changed = changed;
    }

    Optional<UserSummary> summary(long userId) {
        return users.summary(userId);
    }

    /** A new unit below the parent. */
    void create(OrgUnit parent) {
        UnitForm form = new UnitForm(false);
        form.type.setValue(OrgUnitType.DEPARTMENT);
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("org.create.title", parent.name()), WIDTH);
        form.bindErrors(dialog);
        dialog.body(form.layout).onSave(texts.get("common.save"), () -> saved(dialog,
                () -> org.createUnit(context.user(), parent.id(), form.code.getValue(), form.name.getValue(),
                        form.type.getValue()))).open(context.ui());
    }

    /** Name, code, type and sort order of a unit. */
    void edit(OrgUnit unit) {
        UnitForm form = new UnitForm(true);
        form.code.setValue(unit.code());
        form.name.setValue(unit.name());
        form.type.setValue(unit.type());
        form.sortOrder.setValue(Integer.toString(unit.sortOrder()));
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("org.edit.title", unit.name()), WIDTH);
        form.bindErrors(dialog);
        dialog.body(form.layout).onSave(texts.get("common.save"), () -> {
            OptionalInt order = OrgLogic.sortOrder(form.sortOrder.getValue());
            if (order.isEmpty()) {
                dialog.errors().show(Map.of("sortOrder", texts.get("org.error.sortOrder")));
                return false;
            }
            return saved(dialog, () -> org.updateUnit(context.user(), unit.id(), form.code.getValue(),
                    form.name.getValue(), form.type.getValue(), order.getAsInt()));
        }).open(context.ui());
    }

    /** A new parent for the unit; units below it are not offered. */
    void move(OrgUnit unit, List<OrgUnit> all) {
        ComboBox<OrgUnit> parent = new ComboBox<>(texts.get("org.move.parent"));
        parent.setItems(OrgLogic.moveTargets(all, unit.id()));
        parent.setItemCaptionGenerator(Labels::indented);
        parent.setEmptySelectionAllowed(false);
        parent.setWidth("100%");
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("org.move.title", unit.name()), WIDTH);
        dialog.errors().bind(parent, "parent", "newParentId", "parentId");
        dialog.body(new FormLayout(parent)).onSave(texts.get("org.move"), () -> {
            if (parent.getValue() == null) {
                dialog.errors().show(Map.of("parent", texts.get("org.error.parent")));
                return false;
            }
            return saved(dialog, () -> org.moveUnit(context.user(), unit.id(), parent.getValue().id()));
        }).open(context.ui());
    }

    /** Picks the head from the directory, or clears it. */
    void head(OrgUnit unit, String currentHead) {
        ComboBox<UserSummary> head = new ComboBox<>(texts.get("org.head.user"));
        head.setDataProvider((String filter, int offset, int limit) -> users.directory(context.user(),
                        new UserQuery(filter == null || filter.isBlank() ? null : filter.strip(), null, false),
                        new PageRequest(offset, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)), "displayName", true))
                        .stream(),
                filter -> users.countDirectory(context.user(),
                        new UserQuery(filter == null || filter.isBlank() ? null : filter.strip(), null, false)));
        head.setItemCaptionGenerator(u -> texts.get("org.head.caption", u.displayName(), u.unitName()));
        head.setPlaceholder(currentHead == null || currentHead.isEmpty() ? texts.get("org.head.none") : currentHead);
        head.setWidth("100%");
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("org.head.title", unit.name()), WIDTH);
        dialog.errors().bind(head, "head", "headUserId");
        Button clear = new Button(texts.get("org.head.clear"), e -> {
            if (saved(dialog, () -> org.setHead(context.user(), unit.id(), null))) {
                dialog.close();
            }
        });
        clear.setEnabled(unit.headUserId() != null);
        dialog.body(new FormLayout(head)).extra(clear).onSave(texts.get("common.save"), () -> {
            if (head.getValue() == null) {
                dialog.errors().show(Map.of("head", texts.get("org.error.head")));
                return false;
            }
            return saved(dialog, () -> org.setHead(context.user(), unit.id(), head.getValue().id()));
        }).open(context.ui());
    }

    private boolean saved(FormDialog dialog, Supplier<OrgUnit> call) {
        OrgUnit result = new ServiceCall(context).get(call, dialog.errors()::show);
        if (result != null) {
            context.notify(texts.get("common.saved"));
            changed.run();
        }
        return result != null;
    }

    /** Code, name, type and (when editing) sort order. */
    private final class UnitForm {
        final TextField code = new TextField(texts.get("org.field.code"));
        final TextField name = new TextField(texts.get("org.field.name"));
        final ComboBox<OrgUnitType> type = new ComboBox<>(texts.get("org.field.type"));
        final TextField sortOrder = new TextField(texts.get("org.field.sortOrder"));
        final FormLayout layout;

        UnitForm(boolean editing) {
            code.setMaxLength(32);
            name.setMaxLength(100);
            name.setWidth("100%");
            type.setItems(Arrays.asList(OrgUnitType.values()));
            type.setItemCaptionGenerator(labels::unitType);
            type.setEmptySelectionAllowed(false);
            type.setTextInputAllowed(false);
            sortOrder.setVisible(editing);
            layout = new FormLayout(name, code, type, sortOrder);
        }

        void bindErrors(FormDialog dialog) {
            dialog.errors().bind(code, "code").bind(name, "name").bind(type, "type")
                    .bind(sortOrder, "sortOrder");
        }
    }
}
