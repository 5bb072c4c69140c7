package org.atrium.platform.admin.internal;

import com.vaadin.server.Resource;
import com.vaadin.ui.Button;

/** Small factory for the toolbar buttons of the admin screens. */
public final class Buttons {

    private Buttons() {
    }

    /** @return a button with caption, icon and click action */
    public static Button of(String caption, Resource icon, Button.ClickListener action) {
        Button button = new Button(caption, action);
        button.setIcon(icon);
        return button;
    }
}
