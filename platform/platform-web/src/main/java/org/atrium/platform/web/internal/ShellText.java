package org.atrium.platform.web.internal;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/** The shell's zh-CN / en texts, from {@code OSGI-INF/l10n/shell*.properties}. */
public final class ShellText {

    private static final Messages MESSAGES = new Messages(ShellText.class, "OSGI-INF/l10n/shell");

    private ShellText() {
    }

    /** @return the localised text for the key, formatted with the arguments */
    public static String get(Locale locale, String key, Object... args) {
        return MESSAGES.get(locale, key, args);
    }
}
