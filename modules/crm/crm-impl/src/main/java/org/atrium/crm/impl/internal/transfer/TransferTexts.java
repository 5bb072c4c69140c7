package org.atrium.crm.impl.internal.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atrium.platform.api.i18n.Messages;

/** The texts of import and export, {@code OSGI-INF/l10n/crmtransfer*.properties}. */
public final class TransferTexts {

    /** The base name of the resource bundle. */
    public static final String BASE_NAME = "OSGI-INF/l10n/crmtransfer";

    /** The languages an import header or an enumerated value may be written in. */
    static final List<Locale> LANGUAGES = List.of(Messages.ZH_CN, Locale.ENGLISH);

    private final Messages messages = new Messages(TransferTexts.class, BASE_NAME);

    /** @return the localised text for the key */
    public String get(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** @return the localised label of an enum constant, key {@code <prefix>.<NAME>} */
    String label(Locale locale, String prefix, Enum<?> value) {
        return value == null ? "" : get(locale, prefix + "." + value.name());
    }

    /**
     * @return the constant whose name or Chinese or English label is the text (case and surrounding
     *         blanks ignored)
     */
    <E extends Enum<E>> Optional<E> parse(Class<E> type, String prefix, String text) {
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)
                    || LANGUAGES.stream().anyMatch(l -> label(l, prefix, e).equalsIgnoreCase(t))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return the labels of all constants in the locale, for an error message */
    <E extends Enum<E>> String choices(Locale locale, Class<E> type, String prefix) {
        return Arrays.stream(type.getEnumConstants()).map(e -> label(locale, prefix, e))
                .collect(Collectors.joining("、"));
    }
}
