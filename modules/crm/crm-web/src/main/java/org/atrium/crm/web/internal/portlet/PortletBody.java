package org.atrium.crm.web.internal.portlet;

import java.util.List;

import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The body of a CRM list portlet: a few linked rows or an empty-state line, and "view all". */
final class PortletBody extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** One line: a link to a record and a short detail. */
    record Row(String title, String detail, String viewId, String parameter) {
    }

    PortletBody(ShellContext context, Texts texts, List<Row> rows, String emptyKey, String fullViewId) {
        setMargin(false);
        setSpacing(false);
        if (rows.isEmpty()) {
            Label empty = new Label(texts.get(emptyKey));
            empty.addStyleName(ValoTheme.LABEL_LIGHT);
            addComponent(empty);
        }
        for (Row row : rows) {
            Button link = new Button(row.title(), e -> context.navigate(row.viewId(), row.parameter()));
            link.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
            HorizontalLayout line = new HorizontalLayout(link);
            if (row.detail() != null && !row.detail().isBlank()) {
                Label detail = new Label(row.detail());
                detail.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
                line.addComponent(detail);
            }
            addComponent(line);
        }
        addComponent(viewAll(context, texts, fullViewId));
    }

    static Button viewAll(ShellContext context, Texts texts, String viewId) {
        Button all = new Button(texts.get("portlet.viewAll"), e -> context.navigate(viewId, null));
        all.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        return all;
    }
}
