package org.atrium.crm.web.internal.classification;

import org.atrium.shell.api.ui.FormDialog;

import java.util.function.Consumer;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ui.ServiceCall;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/**
 * 新建 / 编辑分类维度: code (fixed once defined), name and the values, one per line. Saving is the
 * service's decision; its field errors keep the dialog open.
 */
final class DimensionDialog {

    private final ShellContext context;
    private final Texts texts;
    private final ClassificationService service;
    private final ClassificationDimension editing;
    private final Consumer<ClassificationDimension> saved;
    private final TextField code;
    private final TextField name;
    private final TextArea values;
    private final FormDialog dialog;

    /** @param editing the dimension to edit, or {@code null} to define a new one */
    DimensionDialog(ShellContext context, Texts texts, ClassificationService service,
            ClassificationDimension editing, Consumer<ClassificationDimension> saved) {
        this.context = context;
        this.texts = texts;
        this.service = service;
        this.editing = editing;
        this.saved = saved;
        code = new TextField(texts.get("classifications.field.code"));
        code.setMaxLength(30);
        code.setId("crm-classification-code");
        name = new TextField(texts.get("classifications.field.name"));
        name.setMaxLength(50);
        name.setId("crm-classification-name");
        values = new TextArea(texts.get("classifications.field.values"));
        values.setPlaceholder(texts.get("classifications.field.values.placeholder"));
        values.setRows(8);
        values.setId("crm-classification-values");
        for (com.vaadin.ui.AbstractField<String> f : java.util.List.of(code, name, values)) {
            f.setWidth("100%");
        }
        DimensionForm form = editing == null ? DimensionForm.empty() : DimensionForm.of(editing);
        code.setValue(form.code());
        code.setReadOnly(editing != null);
        name.setValue(form.name());
        values.setValue(form.values());
        dialog = new FormDialog(texts.locale(), texts.get(editing == null ? "classifications.define" : "classifications.edit"),
                "560px");
        dialog.errors().bind(code, "code").bind(name, "name").bind(values, "values");
        dialog.body(new FormLayout(code, name, values));
    }

    /** Opens the dialog. */
    void open() {
        dialog.onSave(texts.get("common.save"), this::save).open(context.ui());
    }

    /** @return whether the dimension was saved (then the dialog closes) */
    boolean save() {
        DimensionForm form = new DimensionForm(code.getValue(), name.getValue(), values.getValue());
        ClassificationDimension result = new ServiceCall(context).get(() -> editing == null
                ? service.define(context.user(), form.toDraft())
                : service.edit(context.user(), editing.code(), form.toDraft(), editing.version()),
                dialog.errors()::show);
        if (result == null) {
            return false;
        }
        context.notify(texts.get("classifications.saved", result.name()));
        saved.accept(result);
        return true;
    }

    /** Fills the fields, for tests. */
    void fill(String codeValue, String nameValue, String valuesValue) {
        if (!code.isReadOnly()) {
            code.setValue(codeValue);
        }
        name.setValue(nameValue);
        values.setValue(valuesValue);
    }
}
