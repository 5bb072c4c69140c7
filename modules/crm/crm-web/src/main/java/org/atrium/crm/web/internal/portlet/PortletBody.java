package org.atrium.crm.web.internal.portlet;

import org.atrium.shell.api.ui.Html;

import java.util.List;

import org.atrium.crm.web.internal.Texts;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;

/**
 * The body of a CRM list portlet: a few linked rows or an empty-state line, and "view all". One
 * label of escaped HTML with fragment links the navigator follows, not a component per row, so an
 * idle dashboard stays small.
 */
final class PortletBody extends Label {

    private static final long serialVersionUID = 1L;

    /** One line: a link to a record and a short detail. */
    record Row(String title, String detail, String viewId, String parameter) {
    }

    PortletBody(Texts texts, List<Row> rows, String emptyKey, String fullViewId) {
        super(html(texts, rows, emptyKey, fullViewId), ContentMode.HTML);
        setWidthFull();
    }

    static String html(Texts texts, List<Row> rows, String emptyKey, String fullViewId) {
        StringBuilder html = new StringBuilder(1024);
        if (rows.isEmpty()) {
            html.append("<div class=\"v-label-light\">").append(Html.escape(texts.get(emptyKey))).append("</div>");
        }
        for (Row row : rows) {
            html.append("<div>").append(Html.viewLink(row.viewId(), row.parameter(), row.title(), null));
            if (row.detail() != null && !row.detail().isBlank()) {
                html.append(" <span class=\"v-label-light v-label-small\">").append(Html.escape(row.detail()))
                        .append("</span>");
            }
            html.append("</div>");
        }
        return html.append(viewAll(texts, fullViewId)).toString();
    }

    /** @return the "view all" link to a portlet's full view */
    static String viewAll(Texts texts, String viewId) {
        return "<div>" + Html.viewLink(viewId, null, texts.get("portlet.viewAll"), null) + "</div>";
    }
}
