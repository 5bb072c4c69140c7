package org.atrium.platform.web.internal.login;

import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;

/**
 * The language of the login page: the one chosen earlier in this browser (a cookie), else the
 * browser's preferred language, else Chinese.
 */
public final class LanguagePreference {

    /** The cookie that remembers the language chosen in this browser. */
    public static final String COOKIE = "atrium-lang";

    private LanguagePreference() {
    }

    /**
     * @param cookieValue    the value of {@link #COOKIE}, or {@code null}
     * @param acceptLanguage the {@code Accept-Language} header, or {@code null}
     */
    public static Locale resolve(String cookieValue, String acceptLanguage) {
        if (cookieValue != null && !cookieValue.isBlank()) {
            return Messages.supportedLocale(cookieValue);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange();
                    if (tag.startsWith("zh")) {
                        return Messages.ZH_CN;
                    }
                    if (tag.startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: fall back to Chinese
            }
        }
        return Messages.ZH_CN;
    }

    /** @return the tag stored for a locale: {@code en} or {@code zh-CN} */
    public static String tagOf(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
