package org.atrium.platform.web.internal.shell;

import org.atrium.shell.api.ui.Html;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.FontIcon;
import com.vaadin.server.Resource;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.platform.web.internal.nav.NavigationModel;

/**
 * The left navigation: the dashboard, then one heading per category with its entries. Drawn as one
 * piece of HTML with plain links ({@code #!viewId}, followed by the navigator through the URI
 * fragment) instead of one server-side button per entry: that keeps an idle session small. The
 * links are focusable and keyboard-operable; titles are escaped.
 */
final class NavigationMenu extends Label {

    private static final long serialVersionUID = 1L;

    private List<NavigationModel.Group> groups = List.of();
    private Locale locale = Locale.ROOT;
    private String selected = "";

    NavigationMenu() {
        super("", ContentMode.HTML);
        addStyleName("atrium-nav");
        setSizeUndefined();
    }

    /** Rebuilds the entries. */
    void show(List<NavigationModel.Group> groups, Locale locale) {
        this.groups = List.copyOf(groups);
        this.locale = locale;
        draw();
    }

    /** Highlights the entry of the view shown (by view id; "" for the dashboard, null for none). */
    void select(String viewId) {
        if (!Objects.equals(viewId, selected)) {
            selected = viewId;
            draw();
        }
    }

    private void draw() {
        setValue(html(groups, ShellText.get(locale, "nav.dashboard"), selected));
    }

    /** The menu's HTML: every text escaped, the entry of {@code selected} marked. */
    static String html(List<NavigationModel.Group> groups, String dashboardTitle, String selected) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<nav>");
        entry(html, "", dashboardTitle, VaadinIcons.DASHBOARD, selected);
        for (NavigationModel.Group group : groups) {
            html.append("<div class=\"atrium-nav-category\">").append(Html.escape(group.title())).append("</div>");
            for (NavigationModel.Entry entry : group.entries()) {
                entry(html, entry.viewId(), entry.title(), entry.icon(), selected);
            }
        }
        return html.append("</nav>").toString();
    }

    // the classes of a borderless Vaadin button, so the theme styles the links like the buttons they replace
    private static void entry(StringBuilder html, String viewId, String title, Resource icon, String selected) {
        boolean current = viewId.equals(selected);
        html.append("<a class=\"v-button v-widget borderless v-button-borderless atrium-nav-entry")
                .append(current ? " selected\" aria-current=\"page\"" : "\"")
                .append(" href=\"#!").append(Html.escape(viewId)).append("\">")
                .append("<span class=\"v-button-wrap\">");
        if (icon instanceof FontIcon fontIcon) {
            html.append(fontIcon.getHtml());
        }
        html.append("<span class=\"v-button-caption\">").append(Html.escape(title)).append("</span></span></a>");
    }
}
