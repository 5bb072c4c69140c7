package org.atrium.crm.web.internal;

import java.util.Locale;
import java.util.Objects;

import org.atrium.platform.api.i18n.Messages;

/**
 * The CRM web bundle's texts in one user's language. Views get one from their contribution and
 * never hard-code a user-visible string.
 */
public final class Texts {

    /** Base name of the bundle's resource files under {@code src/main/resources}. */
    public static final String BASE_NAME = "OSGI-INF/l10n/crmweb";

    private final Messages messages;
    private final Locale locale;

    public Texts(Messages messages, Locale locale) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** @return the texts of this bundle for the locale */
    public static Texts of(Locale locale) {
        return new Texts(messages(), locale);
    }

    /** @return the messages of this bundle, read from its own class loader */
    public static Messages messages() {
        return new Messages(Texts.class, BASE_NAME);
    }

    /** @return the text for the key, formatted with the arguments when there are any */
    public String get(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** @return the user's locale */
    public Locale locale() {
        return locale;
    }
}
