package org.atrium.crm.impl.internal;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/** The CRM's messages, {@code OSGI-INF/l10n/crm*.properties}. */
public final class Texts {

    /** The base name of the CRM's resource bundle. */
    public static final String BASE_NAME = "OSGI-INF/l10n/crm";

    private final Messages messages = new Messages(Texts.class, BASE_NAME);

    /** @return the localised text for the key */
    public String get(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
