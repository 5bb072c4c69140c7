package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.platform.api.ValidationException;

/** Collects the errors and hints of one import row, each error naming its column. */
final class RowReport {

    private final TransferTexts texts;
    private final Locale locale;
    private final ImportKind kind;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> hints = new ArrayList<>();
    private final Map<String, String> extraLabels;

    RowReport(TransferTexts texts, Locale locale, ImportKind kind) {
        this(texts, locale, kind, Map.of());
    }

    /** @param extraLabels the column labels of fields beyond {@link Columns#fields}, e.g. classification dimensions */
    RowReport(TransferTexts texts, Locale locale, ImportKind kind, Map<String, String> extraLabels) {
        this.texts = texts;
        this.locale = locale;
        this.kind = kind;
        this.extraLabels = extraLabels;
    }

    /** Records an error for a field (the first per field wins); {@code key} is a transfer text. */
    void error(String field, String key, Object... args) {
        errors.putIfAbsent(field, texts.get(locale, key, args));
    }

    /** Takes over the errors the services' validation recorded, after the row's own errors. */
    void absorb(Fields fields) {
        try {
            fields.check();
        } catch (ValidationException e) {
            e.getFieldErrors().forEach(errors::putIfAbsent);
        }
    }

    /** Takes over the field errors a service's {@code validate} returned, after the row's own errors. */
    void absorb(Map<String, String> fieldErrors) {
        fieldErrors.forEach(errors::putIfAbsent);
    }

    /** Records a hint that does not block the row. */
    void hint(String key, Object... args) {
        hints.add(texts.get(locale, key, args));
    }

    Locale locale() {
        return locale;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** @return the enum constant for the text, {@code null} when blank; records an error when unknown */
    <E extends Enum<E>> E enumValue(String field, Class<E> type, String prefix, String text) {
        if (text.isBlank()) {
            return null;
        }
        Optional<E> value = texts.parse(type, prefix, text);
        if (value.isEmpty()) {
            error(field, "row.enum", text, texts.choices(locale, type, prefix));
        }
        return value.orElse(null);
    }

    /** @return the whole number, {@code null} when blank; records an error when it is not one */
    Integer number(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            error(field, "row.number", text);
            return null;
        }
    }

    ImportRow toRow(int number, List<String> values) {
        List<String> messages = new ArrayList<>();
        errors.forEach((field, message) -> messages.add(texts.get(locale, "row.error", label(field), message)));
        return new ImportRow(number, values, messages, hints);
    }

    private String label(String field) {
        if (Columns.fields(kind).contains(field)) {
            return texts.get(locale, Columns.key(kind, field));
        }
        return extraLabels.getOrDefault(field, field);
    }
}
