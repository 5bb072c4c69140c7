package org.atrium.platform.admin.internal.org;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.Position;
import org.atrium.shell.api.ShellContext;

/** The group's positions (岗位) and a dialog to create one. */
final class PositionsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient OrgService org;
    private final Grid<Position> grid = new Grid<>();

    PositionsPanel(ShellContext context, Texts texts, OrgService org, boolean mayManage) {
        this.context = context;
        this.texts = texts;
        this.org = org;
        setSizeFull();
        Label heading = new Label(texts.get("position.title"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        Button create = Buttons.of(texts.get("position.create"), VaadinIcons.PLUS, e -> create());
        create.setVisible(mayManage);
        grid.addColumn(Position::name).setCaption(texts.get("position.column.name")).setExpandRatio(1);
        grid.addColumn(Position::code).setCaption(texts.get("position.column.code"));
        grid.setSizeFull();
        addComponents(heading, create, grid);
        setExpandRatio(grid, 1);
        refresh();
    }

    private void refresh() {
        grid.setItems(org.positions());
    }

    private void create() {
        TextField code = new TextField(texts.get("position.field.code"));
        TextField name = new TextField(texts.get("position.field.name"));
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("position.create"), "420px");
        dialog.errors().bind(code, "code").bind(name, "name");
        dialog.body(new FormLayout(name, code)).onSave(texts.get("common.save"), () -> {
            Position created = new ServiceCall(context).get(
                    () -> org.createPosition(context.user(), code.getValue(), name.getValue()), dialog.errors()::show);
            if (created != null) {
                context.notify(texts.get("common.saved"));
                refresh();
            }
            return created != null;
        }).open(context.ui());
    }
}
