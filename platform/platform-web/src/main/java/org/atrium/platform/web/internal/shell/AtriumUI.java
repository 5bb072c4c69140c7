package org.atrium.platform.web.internal.shell;

import java.time.ZoneId;
import java.util.Locale;

import javax.servlet.http.Cookie;

import com.vaadin.annotations.Push;
import com.vaadin.annotations.Theme;
import com.vaadin.annotations.Title;
import com.vaadin.annotations.Viewport;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.WrappedSession;
import com.vaadin.shared.communication.PushMode;
import com.vaadin.shared.ui.ui.Transport;
import com.vaadin.ui.ConnectorTracker;
import com.vaadin.ui.UI;
import com.vaadin.ui.UIDetachedException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellServices;
import org.atrium.platform.web.internal.login.LanguagePreference;
import org.atrium.platform.web.internal.login.LoginLogic;
import org.atrium.platform.web.internal.login.LoginView;
import org.atrium.platform.web.internal.login.PasswordChangeLogic;
import org.atrium.platform.web.internal.login.PasswordChangeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser tab of the portal. Shows the login page, then the forced password change when a
 * one-time password was used, then the shell. The signed-in user lives in the Vaadin session.
 */
@Theme("atrium")
@Title("Atrium")
@Viewport("width=device-width, initial-scale=1")
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AtriumUI extends UI {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AtriumUI.class);

    private final transient ShellServices services;
    private final Runnable contributionListener = this::contributionsChanged;
    private Locale pageLocale;
    private boolean languageChosen;
    private String remoteAddress;
    private ShellLayout shell;
    private boolean initializing;
    /** Created on first use: UI's constructor already asks for it, before this class's fields are set. */
    private ConnectorTracker connectorTracker;

    public AtriumUI(ShellServices services) {
        this.services = services;
    }

    /** Keeps diff states as compact JSON text: see {@link CompactConnectorTracker}. */
    @Override
    public ConnectorTracker getConnectorTracker() {
        if (connectorTracker == null) {
            connectorTracker = new CompactConnectorTracker(this);
        }
        return connectorTracker;
    }

    @Override
    protected void init(VaadinRequest request) {
        remoteAddress = request.getRemoteAddr();
        pageLocale = LanguagePreference.resolve(cookie(request, LanguagePreference.COOKIE),
                request.getHeader("Accept-Language"));
        addDetachListener(event -> services.registry().removeListener(contributionListener));
        initializing = true;
        try {
            route();
        } finally {
            initializing = false;
        }
    }

    /** Shows what the session's state calls for: login, forced password change or the shell. */
    void route() {
        SessionUser signedIn = SessionUser.of(getSession());
        if (signedIn == null) {
            showLogin();
        } else if (signedIn.mustChangePassword()) {
            showForcedPasswordChange(signedIn.user());
        } else {
            showShell(signedIn.user());
        }
    }

    private void showLogin() {
        services.registry().removeListener(contributionListener);
        shell = null;
        setNavigator(null);
        setLocale(pageLocale);
        LoginLogic logic = new LoginLogic(services.authentication(), ZoneId.systemDefault());
        setContent(new LoginView(logic, pageLocale, groupName(), remoteAddress, new LoginView.Callbacks() {
            @Override
            public void languageChosen(Locale locale) {
                pageLocale = locale;
                languageChosen = true;
                rememberLanguage(locale);
                showLogin();
            }

            @Override
            public void signedIn(LoginLogic.Outcome outcome) {
                onSignedIn(outcome);
            }
        }));
    }

    private void onSignedIn(LoginLogic.Outcome outcome) {
        UserContext user = outcome.user();
        String chosenTag = LanguagePreference.tagOf(pageLocale);
        if (languageChosen && !chosenTag.equals(LanguagePreference.tagOf(user.locale()))) {
            services.authentication().setLocale(user, chosenTag);
            user = user.withLocale(pageLocale);
        }
        rememberLanguage(user.locale());
        // a new HTTP session id after sign-in, against session fixation; the new HTTP session
        // starts with the container's timeout, so the portal's idle timeout is carried over
        int idleTimeout = getSession().getSession().getMaxInactiveInterval();
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        getSession().getSession().setMaxInactiveInterval(idleTimeout);
        SessionUser.store(getSession(), new SessionUser(user, outcome.mustChangePassword()));
        route();
    }

    private void showForcedPasswordChange(UserContext user) {
        setLocale(user.locale());
        setContent(new PasswordChangeView(new PasswordChangeLogic(services.authentication()), user, groupName(),
                () -> {
                    SessionUser.store(getSession(), new SessionUser(user, false));
                    route();
                }, this::signOut));
    }

    private void showShell(UserContext user) {
        setLocale(user.locale());
        getPage().setTitle(groupName());
        shell = new ShellLayout(this, services, user, new ShellLayout.SessionActions() {
            @Override
            public void switchLanguage(Locale locale) {
                AtriumUI.this.switchLanguage(locale);
            }

            @Override
            public void signOut() {
                AtriumUI.this.signOut();
            }
        });
        setContent(shell);
        services.registry().removeListener(contributionListener);
        services.registry().addListener(contributionListener);
        if (!initializing) {
            getNavigator().navigateTo(getNavigator().getState());
        }
    }

    private void switchLanguage(Locale locale) {
        SessionUser signedIn = SessionUser.of(getSession());
        if (signedIn == null) {
            return;
        }
        services.authentication().setLocale(signedIn.user(), LanguagePreference.tagOf(locale));
        SessionUser.store(getSession(), new SessionUser(signedIn.user().withLocale(locale), false));
        pageLocale = locale;
        rememberLanguage(locale);
        route();
    }

    /** Signs out: audits it, forgets the user, ends the HTTP session and reloads the login page. */
    void signOut() {
        SessionUser signedIn = SessionUser.of(getSession());
        if (signedIn != null) {
            services.authentication().signedOut(signedIn.user());
        }
        SessionUser.store(getSession(), null);
        services.registry().removeListener(contributionListener);
        getPage().setLocation(getPage().getLocation().resolve("/"));
        WrappedSession httpSession = getSession().getSession();
        getSession().close();
        try {
            httpSession.invalidate();
        } catch (IllegalStateException e) {
            LOG.debug("Session already invalidated", e);
        }
    }

    private void contributionsChanged() {
        try {
            access(() -> {
                if (shell != null) {
                    shell.contributionsChanged();
                }
            });
        } catch (UIDetachedException e) {
            services.registry().removeListener(contributionListener);
        }
    }

    private String groupName() {
        try {
            return services.org().root().name();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the group's name", e);
            return "Atrium";
        }
    }

    private void rememberLanguage(Locale locale) {
        // a fixed value ("en" or "zh-CN"), never user input
        getPage().getJavaScript().execute("document.cookie='" + LanguagePreference.COOKIE + "="
                + LanguagePreference.tagOf(locale) + ";path=/;max-age=31536000;SameSite=Lax'");
    }

    private static String cookie(VaadinRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
