package org.atrium.platform.web.internal.login;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellText;

/** The page shown after signing in with a one-time password: nothing else until a new password is set. */
public final class PasswordChangeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public PasswordChangeView(PasswordChangeLogic logic, UserContext user, String groupName, Runnable onChanged,
            Runnable onSignOut) {
        setSizeFull();
        addStyleName("atrium-login");
        Label brand = new Label(groupName);
        brand.addStyleName("atrium-login-brand");
        Label heading = new Label(ShellText.get(user.locale(), "password.forced.title"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        Label explanation = new Label(ShellText.get(user.locale(), "password.forced.text", user.displayName()));
        explanation.setWidthFull();
        Button signOut = new Button(ShellText.get(user.locale(), "menu.signOut"), event -> onSignOut.run());
        signOut.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        VerticalLayout card = new VerticalLayout(brand, heading, explanation,
                new PasswordChangeForm(logic, user, onChanged), signOut);
        card.addStyleName("atrium-login-card");
        card.setWidth("380px");
        addComponent(card);
        setComponentAlignment(card, Alignment.MIDDLE_CENTER);
    }
}
