package org.atrium.crm.web.internal.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ui.FieldErrors;

import com.vaadin.ui.ComboBox;

/**
 * One combo box per active classification dimension (客户分类) on the customer form. A box offers the
 * active values; a deactivated value the customer already holds is shown, marked, and may be kept,
 * but is not offered to anyone else. Deactivated dimensions are not shown and keep their values.
 */
final class ClassificationCombos {

    private final Texts texts;
    private final List<ClassificationDimension> dimensions;
    private final Map<String, ComboBox<ClassificationValue>> boxes = new LinkedHashMap<>();

    ClassificationCombos(Texts texts, List<ClassificationDimension> all) {
        this.texts = texts;
        this.dimensions = all.stream().filter(ClassificationDimension::active).toList();
        for (ClassificationDimension d : dimensions) {
            ComboBox<ClassificationValue> box = new ComboBox<>(d.name(), d.activeValues());
            box.setItemCaptionGenerator(this::caption);
            box.setWidth("100%");
            box.setId("crm-customer-class-" + d.code().toLowerCase(Locale.ROOT));
            boxes.put(d.code(), box);
        }
    }

    /** @return the boxes in the dimensions' order */
    List<ComboBox<ClassificationValue>> boxes() {
        return new ArrayList<>(boxes.values());
    }

    /** Shows the service's errors of a dimension ({@code classifications.<code>}) at its box. */
    void bind(FieldErrors errors) {
        boxes.forEach((code, box) -> errors.bind(box, "classifications." + code));
    }

    /** Shows the values held, dimension code to value code ({@code null} for a new customer). */
    void show(Map<String, String> held) {
        for (ClassificationDimension d : dimensions) {
            ComboBox<ClassificationValue> box = boxes.get(d.code());
            ClassificationValue current = held == null ? null : d.value(held.get(d.code()));
            List<ClassificationValue> items = new ArrayList<>(d.activeValues());
            if (current != null && !current.active()) {
                items.add(current);
            }
            box.setItems(items);
            box.setValue(current);
        }
    }

    /**
     * @return the value chosen per shown dimension, {@code null} where none is; {@code null} when no
     *         dimension is shown (the customer's values stay as they are)
     */
    Map<String, String> read() {
        if (boxes.isEmpty()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        boxes.forEach((code, box) -> out.put(code, box.getValue() == null ? null : box.getValue().code()));
        return out;
    }

    void setReadOnly(boolean readOnly) {
        boxes.values().forEach(b -> b.setReadOnly(readOnly));
    }

    private String caption(ClassificationValue v) {
        return v.active() ? v.name() : texts.get("classification.value.retired", v.name());
    }
}
