package org.atrium.platform.web.internal.login;

import java.util.Map;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellText;

/**
 * The three password fields and the save button, used by the forced change after a one-time
 * password and by the user menu. Policy messages of the service appear next to their field.
 */
public final class PasswordChangeForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PasswordChangeLogic logic;
    private final UserContext user;
    private final Runnable onChanged;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Label formError = new Label();
    private final Button save = new Button();

    public PasswordChangeForm(PasswordChangeLogic logic, UserContext user, Runnable onChanged) {
        this.logic = logic;
        this.user = user;
        this.onChanged = onChanged;
        setMargin(false);
        current.setCaption(ShellText.get(user.locale(), "password.current"));
        password.setCaption(ShellText.get(user.locale(), "password.new"));
        confirm.setCaption(ShellText.get(user.locale(), "password.confirm"));
        for (PasswordField field : new PasswordField[] {current, password, confirm}) {
            field.setWidthFull();
        }
        current.setId("password-current");
        password.setId("password-new");
        confirm.setId("password-confirm");
        Label hint = new Label(ShellText.get(user.locale(), "password.hint"));
        hint.addStyleNames(ValoTheme.LABEL_SMALL, "atrium-hint");
        hint.setWidthFull();
        formError.addStyleNames("atrium-error", "atrium-multiline");
        formError.setWidthFull();
        formError.setVisible(false);
        save.setCaption(ShellText.get(user.locale(), "password.save"));
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        save.setDisableOnClick(true);
        save.setId("password-save");
        save.addClickListener(event -> submit());
        addComponents(current, password, confirm, hint, formError, save);
        current.focus();
    }

    private void submit() {
        Map<String, String> errors = logic.change(user, current.getValue().toCharArray(),
                password.getValue().toCharArray(), confirm.getValue().toCharArray());
        current.setComponentError(error(errors.get(PasswordChangeLogic.CURRENT)));
        password.setComponentError(error(errors.get(PasswordChangeLogic.PASSWORD)));
        confirm.setComponentError(error(errors.get(PasswordChangeLogic.CONFIRM)));
        // every message inline under the fields, not only as tooltips of the error indicators
        formError.setValue(String.join("\n", errors.values()));
        formError.setVisible(!errors.isEmpty());
        if (errors.isEmpty()) {
            onChanged.run();
        } else {
            save.setEnabled(true);
            current.clear();
            password.clear();
            confirm.clear();
            current.focus();
        }
    }

    private static UserError error(String message) {
        return message == null ? null : new UserError(message);
    }
}
