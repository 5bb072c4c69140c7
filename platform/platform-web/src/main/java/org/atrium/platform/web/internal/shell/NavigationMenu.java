package org.atrium.platform.web.internal.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.platform.web.internal.nav.NavigationModel;

/** The left navigation: the dashboard, then one heading per category with its entries. */
final class NavigationMenu extends CssLayout {

    private static final long serialVersionUID = 1L;

    private final Consumer<String> navigate;
    private String selected = "";

    NavigationMenu(Consumer<String> navigate) {
        this.navigate = navigate;
        addStyleName("atrium-nav");
    }

    /** Rebuilds the entries. */
    void show(List<NavigationModel.Group> groups, Locale locale) {
        removeAllComponents();
        addComponent(entry("", ShellText.get(locale, "nav.dashboard"), VaadinIcons.DASHBOARD));
        for (NavigationModel.Group group : groups) {
            Label heading = new Label(group.title());
            heading.addStyleName("atrium-nav-category");
            addComponent(heading);
            for (NavigationModel.Entry entry : group.entries()) {
                addComponent(entry(entry.viewId(), entry.title(), entry.icon()));
            }
        }
        markSelected();
    }

    /** Highlights the entry of the view shown (by view id; "" for the dashboard). */
    void select(String viewId) {
        selected = viewId == null ? "" : viewId;
        markSelected();
    }

    private Button entry(String viewId, String title, com.vaadin.server.Resource icon) {
        Button button = new Button(title, icon);
        button.setData(viewId);
        button.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "atrium-nav-entry");
        button.addClickListener(event -> navigate.accept(viewId));
        return button;
    }

    private void markSelected() {
        forEach(component -> {
            if (component instanceof Button button) {
                if (selected.equals(button.getData())) {
                    button.addStyleName("selected");
                } else {
                    button.removeStyleName("selected");
                }
            }
        });
    }
}
