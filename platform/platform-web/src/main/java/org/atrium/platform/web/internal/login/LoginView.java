package org.atrium.platform.web.internal.login;

import java.util.Locale;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.web.internal.ShellText;

/** The login page: login, password, language switch. Behaviour lives in {@link LoginLogic}. */
public final class LoginView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** What the page reports to its UI. */
    public interface Callbacks {
        /** The user picked another language for the page. */
        void languageChosen(Locale locale);

        /** The user signed in. */
        void signedIn(LoginLogic.Outcome outcome);
    }

    private final transient LoginLogic logic;
    private final Locale locale;
    private final String remoteAddress;
    private final Callbacks callbacks;
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button signIn = new Button();
    private final Label error = new Label();

    public LoginView(LoginLogic logic, Locale locale, String groupName, String remoteAddress, Callbacks callbacks) {
        this.logic = logic;
        this.locale = locale;
        this.remoteAddress = remoteAddress;
        this.callbacks = callbacks;
        setSizeFull();
        addStyleName("atrium-login");

        Label brand = new Label(groupName);
        brand.addStyleName("atrium-login-brand");
        Label heading = new Label(ShellText.get(locale, "login.title"));
        heading.addStyleName(ValoTheme.LABEL_H3);

        login.setCaption(ShellText.get(locale, "login.login"));
        login.setIcon(VaadinIcons.USER);
        login.setWidthFull();
        login.setMaxLength(64);
        login.setId("login-username");
        password.setCaption(ShellText.get(locale, "login.password"));
        password.setIcon(VaadinIcons.LOCK);
        password.setWidthFull();
        password.setId("login-password");
        error.setId("login-error");
        error.addStyleName("atrium-error");
        error.setWidthFull();
        error.setVisible(false);

        signIn.setCaption(ShellText.get(locale, "login.submit"));
        signIn.addStyleName(ValoTheme.BUTTON_PRIMARY);
        signIn.setWidthFull();
        signIn.setId("login-submit");
        signIn.setClickShortcut(KeyCode.ENTER);
        signIn.setDisableOnClick(true);
        signIn.addClickListener(event -> submit());

        VerticalLayout card = new VerticalLayout(brand, heading, login, password, error, signIn, languageSwitch());
        card.addStyleName("atrium-login-card");
        card.setWidth("360px");
        card.setSpacing(true);
        addComponent(card);
        setComponentAlignment(card, com.vaadin.ui.Alignment.MIDDLE_CENTER);
        login.focus();
    }

    private CssLayout languageSwitch() {
        CssLayout languages = new CssLayout();
        languages.addStyleName("atrium-language-switch");
        languages.setWidthFull();
        languages.addComponents(languageButton(Messages.ZH_CN, "language.zh"), languageButton(Locale.ENGLISH, "language.en"));
        return languages;
    }

    private Button languageButton(Locale target, String key) {
        Button button = new Button(ShellText.get(target, key), event -> callbacks.languageChosen(target));
        button.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        button.setEnabled(!target.getLanguage().equals(locale.getLanguage()));
        return button;
    }

    private void submit() {
        LoginLogic.Outcome outcome = logic.signIn(login.getValue(), password.getValue().toCharArray(), remoteAddress, locale);
        password.clear();
        if (outcome.signedIn()) {
            callbacks.signedIn(outcome);
        } else {
            error.setValue(outcome.error());
            error.setVisible(true);
            signIn.setEnabled(true);
            password.focus();
        }
    }
}
