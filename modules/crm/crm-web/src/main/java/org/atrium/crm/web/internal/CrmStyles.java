package org.atrium.crm.web.internal;

import com.vaadin.server.VaadinSession;
import com.vaadin.ui.UI;

/**
 * The few style rules of the CRM screens (kanban columns and cards, funnel bars, overdue rows,
 * summary cards), added to a page once. They sit here rather than in the Atrium theme so that the
 * bundle brings what it draws.
 */
public final class CrmStyles {

    static final String CSS = String.join("\n",
            ".crm-kanban { overflow-x: auto; }",
            ".crm-kanban-column { background: #f3f5f8; border-radius: 6px; padding: 6px; min-height: 240px; }",
            ".crm-kanban-column.v-drag-over-target, .crm-kanban-column.v-drop-target { background: #e3edf9; }",
            ".crm-kanban-card { background: #fff; border: 1px solid #dde3ea; border-radius: 4px; padding: 6px 8px;"
                    + " cursor: grab; }",
            ".crm-kanban-card:hover { border-color: #197de1; }",
            ".crm-bar-track { background: #eef1f5; height: 14px; border-radius: 3px; }",
            ".crm-bar { background: #197de1; height: 14px; border-radius: 3px; }",
            ".crm-bar.weighted { background: #2fa36b; }",
            ".v-grid-row.crm-overdue > td { color: #c0392b; font-weight: 600; }",
            ".crm-card { border: 1px solid #dde3ea; border-radius: 6px; padding: 8px 12px; min-width: 180px;"
                    + " background: #fff; }",
            ".crm-duplicate { color: #b35c00; }",
            ".crm-fact { margin-right: 18px; }");

    private static final String ADDED = CrmStyles.class.getName() + ".ui.";

    private CrmStyles() {
    }

    /** Adds the rules to the UI's page unless they are there already; does nothing without a UI. */
    public static void ensure(UI ui) {
        if (ui == null || ui.getPage() == null) {
            return;
        }
        VaadinSession session = ui.getSession();
        String marker = ADDED + ui.getUIId();
        if (session != null && session.getAttribute(marker) != null) {
            return;
        }
        ui.getPage().getStyles().add(CSS);
        if (session != null) {
            session.setAttribute(marker, Boolean.TRUE);
        }
    }
}
