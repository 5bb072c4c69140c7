package org.atrium.platform.admin.internal.todo;

import org.atrium.shell.api.ui.Html;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.admin.internal.todo.TodoAggregator.TodoGroup;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.shell.api.ShellContext;

/**
 * The body of 「我的待办」: per provider its label and count, then its top items as links (plain
 * fragment links in one label, not a component each).
 */
final class TodoPortlet extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int ITEMS_PER_PROVIDER = 5;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd");

    private final transient ShellContext context;
    private final Texts texts;
    private final transient TodoAggregator aggregator;
    private final Label body = new Label("", ContentMode.HTML);

    TodoPortlet(ShellContext context, Texts texts, TodoAggregator aggregator) {
        this.context = context;
        this.texts = texts;
        this.aggregator = aggregator;
        setMargin(false);
        setSpacing(false);
        body.setWidthFull();
        Button refresh = new Button(VaadinIcons.REFRESH, e -> refresh());
        refresh.setDescription(texts.get("common.refresh"));
        refresh.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_SMALL);
        addComponents(refresh, body);
        setComponentAlignment(refresh, Alignment.TOP_RIGHT);
        refresh();
    }

    private void refresh() {
        body.setValue(html(aggregator.collect(context.user(), ITEMS_PER_PROVIDER)));
    }

    /** Per provider a heading and its items as links, in one piece of escaped HTML. */
    private String html(List<TodoGroup> groups) {
        if (groups.isEmpty()) {
            return "<div class=\"v-label-light\">" + Html.escape(texts.get("todo.empty")) + "</div>";
        }
        StringBuilder html = new StringBuilder(1024);
        for (TodoGroup group : groups) {
            html.append("<div class=\"v-label-bold v-label-small\">")
                    .append(Html.escape(texts.get("todo.group", group.label(), group.count()))).append("</div>");
            for (TodoItem item : group.items()) {
                html.append("<div>").append(Html.viewLink(item.viewId(), item.parameter(), item.title(), item.detail()));
                if (item.due() != null) {
                    html.append(" <span class=\"v-label-light v-label-small\">")
                            .append(Html.escape(texts.get("todo.due", item.due().format(DUE)))).append("</span>");
                }
                html.append("</div>");
            }
        }
        return html.toString();
    }
}
