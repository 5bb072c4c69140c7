package org.atrium.platform.web.internal.login;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellText;

/**
 * What the change-password form does: checks that both new entries match, lets the service apply
 * the password policy, and returns messages per field ({@code current}, {@code password},
 * {@code confirm}, {@code ""} for the form).
 */
public final class PasswordChangeLogic {

    /** Field of the current password. */
    public static final String CURRENT = "current";
    /** Field of the new password. */
    public static final String PASSWORD = "password";
    /** Field of the repeated new password. */
    public static final String CONFIRM = "confirm";

    private final AuthenticationService authentication;

    public PasswordChangeLogic(AuthenticationService authentication) {
        this.authentication = Objects.requireNonNull(authentication);
    }

    /**
     * Changes the user's password. All three arrays are cleared.
     *
     * @return localised messages by field; empty when the password was changed
     */
    public Map<String, String> change(UserContext user, char[] current, char[] password, char[] confirm) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            if (current.length == 0) {
                errors.put(CURRENT, ShellText.get(user.locale(), "password.error.required"));
            }
            if (password.length == 0) {
                errors.put(PASSWORD, ShellText.get(user.locale(), "password.error.required"));
            } else if (!Arrays.equals(password, confirm)) {
                errors.put(CONFIRM, ShellText.get(user.locale(), "password.error.mismatch"));
            }
            if (!errors.isEmpty()) {
                return errors;
            }
            authentication.changePassword(user, current.clone(), password.clone());
            return Map.of();
        } catch (ValidationException e) {
            return e.getFieldErrors();
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(password, '\0');
            Arrays.fill(confirm, '\0');
        }
    }
}
