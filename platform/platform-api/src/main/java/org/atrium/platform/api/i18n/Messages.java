package org.atrium.platform.api.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Localised text from a resource bundle that ships inside the calling bundle, e.g.
 * {@code OSGI-INF/l10n/messages.properties} (English) and {@code messages_zh_CN.properties}.
 * Property files are read as UTF-8. Atrium speaks Chinese and English: English locales get the
 * English text, every other locale the Chinese; a key missing in English falls back to Chinese.
 *
 * <pre>{@code
 * Messages msg = new Messages(getClass(), "OSGI-INF/l10n/crm");
 * msg.get(user.locale(), "customer.title");
 * }</pre>
 */
public final class Messages {

    /** Simplified Chinese, the first language of Atrium. */
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final String baseName;

    /**
     * @param owner    a class of the bundle that holds the properties files
     * @param baseName the base name, with slashes, without {@code .properties}
     */
    public Messages(Class<?> owner, String baseName) {
        this.loader = Objects.requireNonNull(owner, "owner").getClassLoader();
        this.baseName = Objects.requireNonNull(baseName, "baseName");
    }

    /**
     * @return the text for the key in the locale (or Chinese), formatted with
     *         {@link MessageFormat} when arguments are given; the key itself when missing, so a
     *         missing translation shows instead of failing
     */
    public String get(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** @return whether the key is defined for the locale or in the Chinese fallback */
    public boolean has(Locale locale, String key) {
        return lookup(locale, key) != null;
    }

    private String lookup(Locale locale, String key) {
        Locale supported = supportedLocale(locale == null ? null : locale.toLanguageTag());
        for (Locale candidate : new Locale[] {supported, ZH_CN}) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, candidate, loader, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // try the next candidate
            }
        }
        return null;
    }

    /**
     * @param tag a language tag such as {@code zh-CN} or {@code en}; {@code null} means Chinese
     * @return the locale Atrium uses for it: {@link #ZH_CN} or {@link Locale#ENGLISH}
     */
    public static Locale supportedLocale(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return ZH_CN;
    }
}
