package org.atrium.crm.impl.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.atrium.platform.api.ValidationException;

/**
 * Collects field errors of one input in the caller's language and throws them together, before
 * anything is written.
 */
public final class Fields {

    private final Texts texts;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Fields(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** @return the trimmed text, {@code null} for blank; records "required" or "too long" errors */
    public String text(String field, String value, int maxLength, boolean required) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null) {
            if (required) {
                error(field, "validation.required");
            }
            return null;
        }
        if (v.length() > maxLength) {
            error(field, "validation.tooLong", maxLength);
        }
        return v;
    }

    /** Records a required-value error when the value is {@code null}. */
    public <T> T required(String field, T value) {
        if (value == null) {
            error(field, "validation.required");
        }
        return value;
    }

    /** Records an error for the field (the first one per field wins). */
    public void error(String field, String key, Object... args) {
        errors.putIfAbsent(field, texts.get(locale, key, args));
    }

    /** @return whether an error was recorded for the field */
    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** @throws ValidationException when any error was recorded */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
