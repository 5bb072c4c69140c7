package org.atrium.platform.admin.internal.users;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;

/**
 * Shows a generated one-time password once, in a read-only field that is selected for copying.
 * Nothing keeps the password after the dialog closes.
 */
final class OneTimePasswordDialog extends Window {

    private static final long serialVersionUID = 1L;

    private final TextField field = new TextField();

    private OneTimePasswordDialog(Texts texts, String login, String password) {
        super(texts.get("user.otp.title"));
        setModal(true);
        setClosable(false);
        setResizable(false);
        setWidth("440px");
        Label intro = new Label(texts.get("user.otp.intro", login));
        intro.setWidth("100%");
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidth("100%");
        field.addStyleNames(ValoTheme.TEXTFIELD_LARGE);
        field.addFocusListener(e -> field.selectAll());
        Label warning = new Label(texts.get("user.otp.once"));
        warning.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_FAILURE);
        warning.setWidth("100%");
        Button done = new Button(texts.get("user.otp.done"), e -> close());
        done.addStyleName(ValoTheme.BUTTON_PRIMARY);
        VerticalLayout content = new VerticalLayout(intro, field, warning, done);
        content.setComponentAlignment(done, Alignment.BOTTOM_RIGHT);
        setContent(content);
    }

    /** Shows the password for the login. */
    static void show(UI ui, Texts texts, String login, String password) {
        OneTimePasswordDialog dialog = new OneTimePasswordDialog(texts, login, password);
        ui.addWindow(dialog);
        dialog.field.focus();
        dialog.field.selectAll();
    }
}
