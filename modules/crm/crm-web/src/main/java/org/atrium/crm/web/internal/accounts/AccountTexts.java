package org.atrium.crm.web.internal.accounts;

import java.util.Locale;

import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.i18n.Messages;

/**
 * The texts of the account screens (公海, sharing requests, key accounts, merge), kept in their own
 * resource pair {@code OSGI-INF/l10n/crmkey*.properties} beside the bundle's main texts.
 */
public final class AccountTexts {

    /** Base name of the resource files under {@code src/main/resources}. */
    public static final String BASE_NAME = "OSGI-INF/l10n/crmkey";

    private AccountTexts() {
    }

    /** @return the account texts for the locale */
    public static Texts of(Locale locale) {
        return new Texts(new Messages(AccountTexts.class, BASE_NAME), locale);
    }
}
