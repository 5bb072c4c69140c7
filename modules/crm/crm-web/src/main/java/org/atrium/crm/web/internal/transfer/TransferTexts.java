package org.atrium.crm.web.internal.transfer;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/** The import/export texts of the CRM web bundle in one user's language, {@code OSGI-INF/l10n/crmtransfer*}. */
final class TransferTexts {

    static final String BASE_NAME = "OSGI-INF/l10n/crmtransfer";

    private final Messages messages = new Messages(TransferTexts.class, BASE_NAME);
    private final Locale locale;

    TransferTexts(Locale locale) {
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
