package org.atrium.platform.admin.internal.users;

import org.atrium.shell.api.ui.FormDialog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.Position;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.security.Role;

/**
 * The form to create or edit a user: login, name, contact data, primary post, part-time posts,
 * roles, language. Saving goes through {@link Saver}; its field errors appear at the fields.
 */
final class UserFormDialog {

    /** Sends the form to the service. */
    @FunctionalInterface
    interface Saver {
        /**
         * @param errors receives the service's field errors
         * @return whether the user was saved
         */
        boolean save(UserForm form, Consumer<Map<String, String>> errors);
    }

    private final Texts texts;
    private final Map<Long, OrgUnit> units;
    private final Map<Long, Position> positions;
    private final TextField login;
    private final TextField name;
    private final TextField email;
    private final TextField mobile;
    private final ComboBox<OrgUnit> primaryUnit;
    private final ComboBox<Position> primaryPosition;
    private final ComboBox<OrgUnit> partTimeUnit;
    private final ComboBox<Position> partTimePosition;
    private final Grid<Post> partTime = new Grid<>();
    private final List<Post> partTimePosts = new ArrayList<>();
    private final CheckBoxGroup<Role> roles;
    private final RadioButtonGroup<String> locale;
    private final FormDialog dialog;
    private final boolean editing;
    private final List<Role> roleList;

    UserFormDialog(Texts texts, String caption, boolean editing, List<OrgUnit> unitList, List<Position> positionList,
            List<Role> roleList) {
        this.texts = texts;
        this.editing = editing;
        this.roleList = List.copyOf(roleList);
        this.units = unitList.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
        this.positions = positionList.stream().collect(Collectors.toMap(Position::id, Function.identity(), (a, b) -> a));
        login = new TextField(texts.get("user.field.login"));
        login.setReadOnly(editing);
        name = new TextField(texts.get("user.field.name"));
        email = new TextField(texts.get("user.field.email"));
        mobile = new TextField(texts.get("user.field.mobile"));
        primaryUnit = unitCombo(texts.get("user.field.primaryUnit"), unitList);
        primaryPosition = positionCombo(texts.get("user.field.primaryPosition"), positionList);
        partTimeUnit = unitCombo(null, unitList);
        partTimeUnit.setPlaceholder(texts.get("user.field.partTimeUnit"));
        partTimePosition = positionCombo(null, positionList);
        partTimePosition.setPlaceholder(texts.get("user.field.partTimePosition"));
        roles = new CheckBoxGroup<>(texts.get("user.field.roles"), roleList);
        roles.setItemCaptionGenerator(Role::name);
        locale = new RadioButtonGroup<>(texts.get("user.field.locale"), List.of("zh-CN", "en"));
        locale.setItemCaptionGenerator(tag -> texts.get("language." + tag));
        locale.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        dialog = new FormDialog(texts.locale(), caption, "720px");
        dialog.errors().bind(login, UserForm.LOGIN).bind(name, UserForm.NAME).bind(email, UserForm.EMAIL)
                .bind(mobile, UserForm.MOBILE).bind(primaryUnit, UserForm.PRIMARY_UNIT)
                .bind(primaryPosition, UserForm.PRIMARY_POSITION).bind(partTime, UserForm.PART_TIME)
                .bind(roles, UserForm.ROLES).bind(locale, UserForm.LOCALE);
        FormLayout form = new FormLayout(login, name, email, mobile, primaryUnit, primaryPosition,
                partTimeEditor(), roles, locale);
        form.setWidth("100%");
        dialog.body(form);
        dialog.setHeight("90%");
        dialog.center();
    }

    /** Fills the fields from a form. */
    UserFormDialog show(UserForm form) {
        login.setReadOnly(false);
        login.setValue(form.login());
        login.setReadOnly(editing);
        name.setValue(form.displayName());
        email.setValue(form.email());
        mobile.setValue(form.mobile());
        primaryUnit.setValue(form.primaryUnitId() == null ? null : units.get(form.primaryUnitId()));
        primaryPosition.setValue(form.primaryPositionId() == null ? null : positions.get(form.primaryPositionId()));
        partTimePosts.clear();
        partTimePosts.addAll(form.partTimePosts());
        partTime.setItems(partTimePosts);
        roles.setValue(roleList.stream().filter(r -> form.roleIds().contains(r.id())).collect(Collectors.toSet()));
        locale.setValue(form.locale());
        return this;
    }

    /** Opens the dialog; saving validates required fields, then calls the saver. */
    void open(UI ui, Saver saver) {
        dialog.onSave(texts.get("common.save"), () -> {
            UserForm form = read();
            Map<String, String> missing = form.missing(texts);
            if (!missing.isEmpty()) {
                dialog.errors().show(missing);
                return false;
            }
            return saver.save(form, errors -> dialog.errors().show(UserForm.byFormField(errors)));
        }).open(ui);
    }

    private UserForm read() {
        Set<Long> roleIds = roles.getValue().stream().map(Role::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return new UserForm(login.getValue(), name.getValue(), email.getValue(), mobile.getValue(),
                primaryUnit.getValue() == null ? null : primaryUnit.getValue().id(),
                primaryPosition.getValue() == null ? null : primaryPosition.getValue().id(),
                List.copyOf(partTimePosts), roleIds, locale.getValue() == null ? "zh-CN" : locale.getValue());
    }

    private VerticalLayout partTimeEditor() {
        partTime.addColumn(p -> unitName(p.unitId())).setCaption(texts.get("user.column.unit")).setExpandRatio(1);
        partTime.addColumn(p -> positionName(p.positionId())).setCaption(texts.get("user.column.position"));
        partTime.addComponentColumn(p -> {
            Button remove = new Button(VaadinIcons.CLOSE_SMALL, e -> {
                partTimePosts.remove(p);
                partTime.setItems(partTimePosts);
            });
            remove.setDescription(texts.get("common.remove"));
            remove.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
            return remove;
        }).setWidth(70);
        partTime.getColumns().forEach(c -> c.setSortable(false));
        partTime.setHeightByRows(3);
        partTime.setWidth("520px");
        Button add = new Button(VaadinIcons.PLUS, e -> {
            if (partTimeUnit.getValue() != null) {
                Post post = new Post(partTimeUnit.getValue().id(),
                        partTimePosition.getValue() == null ? null : partTimePosition.getValue().id(), false);
                if (!partTimePosts.contains(post)) {
                    partTimePosts.add(post);
                    partTime.setItems(partTimePosts);
                }
                partTimeUnit.clear();
                partTimePosition.clear();
            }
        });
        add.setDescription(texts.get("user.partTime.add"));
        VerticalLayout editor = new VerticalLayout(partTime, new HorizontalLayout(partTimeUnit, partTimePosition, add));
        editor.setCaption(texts.get("user.field.partTime"));
        editor.setMargin(false);
        editor.setWidthUndefined();
        return editor;
    }

    private String unitName(long unitId) {
        OrgUnit unit = units.get(unitId);
        return unit == null ? Long.toString(unitId) : unit.name();
    }

    private String positionName(Long positionId) {
        if (positionId == null) {
            return "";
        }
        Position position = positions.get(positionId);
        return position == null ? Objects.toString(positionId) : position.name();
    }

    private static ComboBox<OrgUnit> unitCombo(String caption, List<OrgUnit> units) {
        ComboBox<OrgUnit> combo = new ComboBox<>(caption, units);
        combo.setItemCaptionGenerator(Labels::indented);
        combo.setWidth("260px");
        return combo;
    }

    private static ComboBox<Position> positionCombo(String caption, List<Position> positions) {
        ComboBox<Position> combo = new ComboBox<>(caption, positions);
        combo.setItemCaptionGenerator(Position::name);
        combo.setWidth("200px");
        return combo;
    }
}
