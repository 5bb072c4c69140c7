package org.atrium.platform.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a service when input is invalid. Nothing has been written when it is thrown. Carries
 * one localised message per offending field so that a form can show each next to its field.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    /**
     * @param field   the name of the offending field, or {@code null} for a form-level error
     * @param message the message for the user, already localised
     */
    public ValidationException(String field, String message) {
        this(Collections.singletonMap(field == null ? "" : field, message));
    }

    /** @param fieldErrors localised messages by field name; {@code ""} for a form-level error */
    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** @return localised messages by field name, in the order they were found */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
