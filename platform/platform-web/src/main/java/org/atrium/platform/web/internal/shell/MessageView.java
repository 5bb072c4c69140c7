package org.atrium.platform.web.internal.shell;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.web.internal.ShellText;

/**
 * A friendly page instead of an error: the module of this page is not installed (or was just
 * removed), the user may not open it, or it failed to open. Offers the way home.
 */
final class MessageView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    /** Why the page cannot be shown; each has {@code <key>.title} and {@code <key>.text}. */
    enum Reason {
        UNAVAILABLE("view.unavailable", VaadinIcons.PLUG),
        DENIED("view.denied", VaadinIcons.LOCK),
        FAILED("view.failed", VaadinIcons.WARNING);

        private final String key;
        private final VaadinIcons icon;

        Reason(String key, VaadinIcons icon) {
            this.key = key;
            this.icon = icon;
        }
    }

    MessageView(Reason reason, Locale locale, Runnable goHome) {
        addStyleName("atrium-message-view");
        Label icon = new Label(reason.icon.getHtml(), com.vaadin.shared.ui.ContentMode.HTML);
        icon.addStyleName("atrium-message-icon");
        Label title = new Label(ShellText.get(locale, reason.key + ".title"));
        title.addStyleName(ValoTheme.LABEL_H2);
        Label text = new Label(ShellText.get(locale, reason.key + ".text"));
        Button home = new Button(ShellText.get(locale, "view.home"), VaadinIcons.HOME);
        home.addStyleName(ValoTheme.BUTTON_PRIMARY);
        home.addClickListener(event -> goHome.run());
        addComponents(icon, title, text, home);
        for (com.vaadin.ui.Component c : new com.vaadin.ui.Component[] {icon, title, text, home}) {
            setComponentAlignment(c, Alignment.TOP_CENTER);
        }
    }
}
