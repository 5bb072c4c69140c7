package org.atrium.platform.admin.internal.todo;

import java.time.format.DateTimeFormatter;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.admin.internal.todo.TodoAggregator.TodoGroup;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.shell.api.ShellContext;

/** The body of 「我的待办」: per provider its label and count, then its top items as links. */
final class TodoPortlet extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int ITEMS_PER_PROVIDER = 5;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd");

    private final transient ShellContext context;
    private final Texts texts;
    private final transient TodoAggregator aggregator;
    private final VerticalLayout body = new VerticalLayout();

    TodoPortlet(ShellContext context, Texts texts, TodoAggregator aggregator) {
        this.context = context;
        this.texts = texts;
        this.aggregator = aggregator;
        setMargin(false);
        setSpacing(false);
        body.setMargin(false);
        body.setSpacing(false);
        Button refresh = new Button(VaadinIcons.REFRESH, e -> refresh());
        refresh.setDescription(texts.get("common.refresh"));
        refresh.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        addComponents(refresh, body);
        setComponentAlignment(refresh, Alignment.TOP_RIGHT);
        refresh();
    }

    private void refresh() {
        body.removeAllComponents();
        var groups = aggregator.collect(context.user(), ITEMS_PER_PROVIDER);
        if (groups.isEmpty()) {
            Label empty = new Label(texts.get("todo.empty"));
            empty.addStyleName(ValoTheme.LABEL_LIGHT);
            body.addComponent(empty);
            return;
        }
        groups.forEach(this::addGroup);
    }

    private void addGroup(TodoGroup group) {
        Label heading = new Label(texts.get("todo.group", group.label(), group.count()));
        heading.addStyleNames(ValoTheme.LABEL_BOLD, ValoTheme.LABEL_SMALL);
        body.addComponent(heading);
        for (TodoItem item : group.items()) {
            Button link = new Button(item.title(), e -> context.navigate(item.viewId(), item.parameter()));
            link.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
            HorizontalLayout row = new HorizontalLayout(link);
            row.setSpacing(true);
            if (item.due() != null) {
                Label due = new Label(texts.get("todo.due", item.due().format(DUE)));
                due.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
                row.addComponent(due);
            }
            if (item.detail() != null) {
                link.setDescription(item.detail());
            }
            body.addComponent(row);
        }
    }
}
