package org.atrium.platform.admin.internal.org;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.HorizontalSplitPanel;
import com.vaadin.ui.Label;
import com.vaadin.ui.TreeGrid;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.ShellContext;

/** The org tree with its actions, and the positions beside it. */
final class OrgView extends HorizontalSplitPanel implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final Labels labels;
    private final transient OrgService org;
    private final transient UnitDialogs dialogs;
    private final TreeGrid<OrgUnit> tree = new TreeGrid<>();
    private final List<Button> selectionActions;
    private Map<Long, String> headNames = Map.of();

    OrgView(ShellContext context, Texts texts, OrgService org, UserService users) {
        this.context = context;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.org = org;
        this.dialogs = new UnitDialogs(context, texts, org, users, this::refresh);
        setSizeFull();
        setSplitPosition(68, Unit.PERCENTAGE);
        Button add = Buttons.of(texts.get("org.addChild"), VaadinIcons.PLUS, e -> selected().ifPresent(dialogs::create));
        Button edit = Buttons.of(texts.get("common.edit"), VaadinIcons.EDIT, e -> selected().ifPresent(dialogs::edit));
        Button move = Buttons.of(texts.get("org.move"), VaadinIcons.ARROWS,
                e -> selected().ifPresent(u -> dialogs.move(u, org.all())));
        Button head = Buttons.of(texts.get("org.setHead"), VaadinIcons.USER,
                e -> selected().ifPresent(u -> dialogs.head(u, headNames.get(u.id()))));
        Button delete = Buttons.of(texts.get("common.delete"), VaadinIcons.TRASH, e -> selected().ifPresent(this::delete));
        delete.addStyleName(ValoTheme.BUTTON_DANGER);
        selectionActions = List.of(add, edit, move, head, delete);
        boolean mayManage = context.isPermitted(PlatformPermissions.ORG_MANAGE);
        selectionActions.forEach(b -> {
            b.setEnabled(false);
            b.setVisible(mayManage);
        });
        HorizontalLayout toolbar = new HorizontalLayout(add, edit, move, head, delete);
        toolbar.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        configureTree();
        Label heading = new Label(texts.get("org.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        VerticalLayout left = new VerticalLayout(heading, toolbar, tree);
        left.setSizeFull();
        left.setExpandRatio(tree, 1);
        setFirstComponent(left);
        setSecondComponent(new PositionsPanel(context, texts, org, mayManage));
        refresh();
    }

    private void configureTree() {
        tree.addColumn(OrgUnit::name).setId("name").setCaption(texts.get("org.column.name")).setExpandRatio(1);
        tree.addColumn(OrgUnit::code).setCaption(texts.get("org.column.code"));
        tree.addColumn(u -> labels.unitType(u.type())).setCaption(texts.get("org.column.type"));
        tree.addColumn(u -> headNames.getOrDefault(u.id(), "")).setCaption(texts.get("org.column.head"));
        tree.setHierarchyColumn("name");
        tree.getColumns().forEach(c -> c.setSortable(false));
        tree.setSizeFull();
        tree.addSelectionListener(e -> selectionActions.forEach(b -> b.setEnabled(e.getFirstSelectedItem().isPresent())));
    }

    private Optional<OrgUnit> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    /** Reloads the tree, keeping expansion and selection where the units still exist. */
    void refresh() {
        List<OrgUnit> all = org.all();
        headNames = OrgLogic.headNames(all, dialogs::summary);
        Optional<Long> selectedId = selected().map(OrgUnit::id);
        tree.setTreeData(OrgLogic.tree(all));
        tree.expand(all.stream().filter(u -> u.depth() < 2).toList());
        selectedId.flatMap(id -> all.stream().filter(u -> u.id() == id).findFirst()).ifPresent(tree::select);
    }

    private void delete(OrgUnit unit) {
        ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("org.delete.title"),
                texts.get("org.delete.confirm", unit.name()), texts.get("common.delete"), () -> {
                    if (new ServiceCall(context).run(() -> org.deleteUnit(context.user(), unit.id()))) {
                        context.notify(texts.get("org.deleted", unit.name()));
                        tree.deselectAll();
                        refresh();
                    }
                });
    }
}
