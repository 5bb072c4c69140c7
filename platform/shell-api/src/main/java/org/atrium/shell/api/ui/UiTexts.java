package org.atrium.shell.api.ui;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/** The few texts of this package's dialogs (such as "取消"), in the user's language. */
final class UiTexts {

    private static final Messages MESSAGES = new Messages(UiTexts.class, "OSGI-INF/l10n/shellui");

    private UiTexts() {
    }

    static String get(Locale locale, String key) {
        return MESSAGES.get(locale, key);
    }
}
