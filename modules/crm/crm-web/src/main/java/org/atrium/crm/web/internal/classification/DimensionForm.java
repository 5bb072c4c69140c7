package org.atrium.crm.web.internal.classification;

import java.util.ArrayList;
import java.util.List;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationDraft;
import org.atrium.crm.api.customer.ClassificationDraft.ValueDraft;

/**
 * What the dimension dialog holds, as typed: the values are one per line, {@code 编码 名称} (code, a
 * space, then the name; a full-width space, a tab, {@code =} or {@code ：} also separate them). The
 * service checks everything else and reports under {@code code}, {@code name} and {@code values}.
 */
record DimensionForm(String code, String name, String values) {

    /** @return an empty form for a new dimension */
    static DimensionForm empty() {
        return new DimensionForm("", "", "");
    }

    /** @return the form showing a dimension, every value (deactivated ones too) on its own line */
    static DimensionForm of(ClassificationDimension d) {
        return new DimensionForm(d.code(), d.name(),
                String.join("\n", d.values().stream().map(v -> v.code() + " " + v.name()).toList()));
    }

    /** @return the draft to send to the service; blank lines are skipped */
    ClassificationDraft toDraft() {
        List<ValueDraft> out = new ArrayList<>();
        for (String line : (values == null ? "" : values).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("[\\s\u3000=：:]+", 2);
            out.add(new ValueDraft(parts[0], parts.length > 1 ? parts[1].strip() : null));
        }
        return new ClassificationDraft(blankToNull(code), blankToNull(name), out);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
