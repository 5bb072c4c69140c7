package org.atrium.shell.api.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Label;

/**
 * Shows a service's field errors next to the fields of a form. Field names are the ones the
 * service reports (the record components of its draft types); several names may point at the
 * same component. Errors of unknown fields and form-level errors go to a label above the form.
 */
public final class FieldErrors {

    private final Map<String, AbstractComponent> fields = new LinkedHashMap<>();
    private final Label formError;

    /** @param formError the label for form-level errors; hidden while there are none */
    public FieldErrors(Label formError) {
        this.formError = formError;
        formError.setVisible(false);
    }

    /** Maps one or more service field names to a component. */
    public FieldErrors bind(AbstractComponent component, String... serviceFields) {
        for (String field : serviceFields) {
            fields.put(field, component);
        }
        return this;
    }

    /** Clears every error. */
    public void clear() {
        fields.values().forEach(c -> c.setComponentError(null));
        formError.setValue("");
        formError.setVisible(false);
    }

    /**
     * Replaces the shown errors.
     *
     * @return the messages that had no field and went to the form-level label
     */
    public List<String> show(Map<String, String> errors) {
        clear();
        List<String> unplaced = new ArrayList<>();
        errors.forEach((field, message) -> {
            AbstractComponent component = fields.get(field);
            if (component == null) {
                unplaced.add(message);
            } else {
                component.setComponentError(new UserError(message));
            }
        });
        if (!unplaced.isEmpty()) {
            formError.setValue(String.join("\n", unplaced));
            formError.setVisible(true);
        }
        return unplaced;
    }
}
