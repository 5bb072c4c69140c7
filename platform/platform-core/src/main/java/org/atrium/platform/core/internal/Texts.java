package org.atrium.platform.core.internal;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/** The platform's own messages, {@code OSGI-INF/l10n/platform*.properties}. */
public final class Texts {

    private static final String BASE_NAME = "OSGI-INF/l10n/platform";

    private final Messages messages = new Messages(Texts.class, BASE_NAME);

    /** @return the localised text for the key */
    public String get(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
