package org.atrium.shell.api.ui;

import java.util.Locale;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** A modal yes/no question before a destructive or consequential action. */
public final class ConfirmDialog extends Window {

    private static final long serialVersionUID = 1L;

    private ConfirmDialog(Locale locale, String title, String question, String confirmCaption, Runnable onConfirm) {
        super(title);
        setModal(true);
        setResizable(false);
        setWidth("420px");
        Label text = new Label(question);
        text.setWidth("100%");
        Button confirm = new Button(confirmCaption, e -> {
            close();
            onConfirm.run();
        });
        confirm.addStyleName(ValoTheme.BUTTON_DANGER);
        Button cancel = new Button(UiTexts.get(locale, "common.cancel"), e -> close());
        HorizontalLayout buttons = new HorizontalLayout(cancel, confirm);
        VerticalLayout content = new VerticalLayout(text, buttons);
        content.setComponentAlignment(buttons, Alignment.BOTTOM_RIGHT);
        setContent(content);
    }

    /** Asks the question (cancel in the user's language) and runs the action only if the user confirms. */
    public static void ask(UI ui, Locale locale, String title, String question, String confirmCaption,
            Runnable onConfirm) {
        ui.addWindow(new ConfirmDialog(locale, title, question, confirmCaption, onConfirm));
    }
}
