package org.atrium.platform.core.internal.security;

import java.util.Locale;
import java.util.Optional;

import org.atrium.platform.core.internal.Texts;

/** At least 10 characters, letters and digits, not the login. */
public final class PasswordPolicy {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 10;

    private final Texts texts = new Texts();

    /** @return the localised reason the password is refused, or empty when it is acceptable */
    public Optional<String> violation(String login, char[] password, Locale locale) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(texts.get(locale, "password.tooShort", MIN_LENGTH));
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            return Optional.of(texts.get(locale, "password.lettersAndDigits"));
        }
        if (login != null && equalsIgnoreCase(password, login)) {
            return Optional.of(texts.get(locale, "password.equalsLogin"));
        }
        return Optional.empty();
    }

    // no String copy of the password
    private static boolean equalsIgnoreCase(char[] password, String login) {
        if (password.length != login.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != Character.toLowerCase(login.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
