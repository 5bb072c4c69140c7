package org.atrium.platform.web.internal.login;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellText;

/** What the login form does, without Vaadin: checks the input, signs in, explains a refusal. */
public final class LoginLogic {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AuthenticationService authentication;
    private final ZoneId zone;

    /** @param zone the time zone lockout ends are shown in */
    public LoginLogic(AuthenticationService authentication, ZoneId zone) {
        this.authentication = Objects.requireNonNull(authentication);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * The result of a sign-in attempt.
     *
     * @param user               the signed-in user, or {@code null} when refused
     * @param mustChangePassword whether a new password must be chosen first
     * @param error              the localised reason of a refusal, or {@code null}
     */
    public record Outcome(UserContext user, boolean mustChangePassword, String error) {

        /** @return whether the user is signed in */
        public boolean signedIn() {
            return user != null;
        }
    }

    /**
     * Signs in. The password array is cleared.
     *
     * @param locale the language of the login page, for the error messages
     */
    public Outcome signIn(String login, char[] password, String remoteAddress, Locale locale) {
        try {
            if (login == null || login.isBlank() || password == null || password.length == 0) {
                return refused(locale, "login.error.missing");
            }
            AuthResult result = authentication.authenticate(login.trim(), password, remoteAddress);
            return switch (result.status()) {
                case SUCCESS -> new Outcome(result.user(), result.mustChangePassword(), null);
                case INVALID_CREDENTIALS -> refused(locale, "login.error.invalid");
                case DISABLED -> refused(locale, "login.error.disabled");
                case LOCKED -> result.lockedUntil() == null
                        ? refused(locale, "login.error.locked")
                        : refused(locale, "login.error.lockedUntil", LOCK_TIME.format(result.lockedUntil().atZone(zone)));
            };
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static Outcome refused(Locale locale, String key, Object... args) {
        return new Outcome(null, false, ShellText.get(locale, key, args));
    }
}
