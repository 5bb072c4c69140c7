package org.atrium.crm.web.internal.classification;

import org.atrium.shell.api.ui.ConfirmDialog;

import java.util.List;
import java.util.Optional;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ui.ServiceCall;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 客户分类 (admin): the classification dimensions in a grid, the values of the selected one below.
 * Dimensions are defined and edited in a dialog; a dimension or value is deactivated after a
 * confirmation and can be activated again. Nothing is ever deleted: customers keep their values.
 */
final class ClassificationsView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient ClassificationService service;
    private final Grid<ClassificationDimension> dimensions = new Grid<>();
    private final Grid<ClassificationValue> values = new Grid<>();
    private final Label valuesHeading = new Label();
    private final Button edit;
    private final Button toggleDimension;
    private final Button toggleValue;

    ClassificationsView(ShellContext context, Texts texts, ClassificationService service) {
        this.context = context;
        this.texts = texts;
        this.service = service;
        setWidth("100%");
        Label heading = new Label(texts.get("classifications.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        Label intro = new Label(texts.get("classifications.intro"));
        intro.addStyleName(ValoTheme.LABEL_LIGHT);
        intro.setWidth("100%");
        Button define = new Button(texts.get("classifications.define"), e -> new DimensionDialog(context, texts,
                service, null, this::refreshAndSelect).open());
        define.setIcon(VaadinIcons.PLUS);
        define.addStyleName(ValoTheme.BUTTON_PRIMARY);
        define.setId("crm-classifications-define");
        edit = new Button(texts.get("classifications.edit"), e -> selected().ifPresent(d -> new DimensionDialog(
                context, texts, service, d, this::refreshAndSelect).open()));
        edit.setIcon(VaadinIcons.EDIT);
        edit.setId("crm-classifications-edit");
        toggleDimension = new Button(texts.get("classifications.deactivate"), e -> toggleDimension());
        toggleDimension.setId("crm-classifications-toggle");
        HorizontalLayout actions = new HorizontalLayout(define, edit, toggleDimension);
        actions.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        dimensionColumns();
        valuesHeading.addStyleName(ValoTheme.LABEL_H4);
        toggleValue = new Button(texts.get("classifications.value.deactivate"), e -> toggleValue());
        toggleValue.setId("crm-classifications-toggle-value");
        valueColumns();
        addComponents(heading, intro, actions, dimensions, valuesHeading, toggleValue, values);
        showSelection();
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
    }

    private void dimensionColumns() {
        dimensions.addColumn(ClassificationDimension::code).setCaption(texts.get("classifications.field.code"));
        dimensions.addColumn(ClassificationDimension::name).setCaption(texts.get("classifications.field.name"));
        dimensions.addColumn(d -> String.join("、", d.activeValues().stream().map(ClassificationValue::name).toList()))
                .setCaption(texts.get("classifications.column.values")).setExpandRatio(1);
        dimensions.addColumn(d -> status(d.active())).setCaption(texts.get("classifications.column.status"));
        dimensions.setWidth("100%");
        dimensions.setId("crm-classifications-grid");
        dimensions.addSelectionListener(e -> showSelection());
    }

    private void valueColumns() {
        values.addColumn(ClassificationValue::code).setCaption(texts.get("classifications.field.code"));
        values.addColumn(ClassificationValue::name).setCaption(texts.get("classifications.field.name"))
                .setExpandRatio(1);
        values.addColumn(v -> status(v.active())).setCaption(texts.get("classifications.column.status"));
        values.setWidth("100%");
        values.setId("crm-classifications-values");
        values.addSelectionListener(e -> showValueSelection());
    }

    private String status(boolean active) {
        return texts.get(active ? "classifications.status.active" : "classifications.status.inactive");
    }

    /** Re-reads the dimensions, keeping the selection. */
    void refresh() {
        String keep = selected().map(ClassificationDimension::code).orElse(null);
        List<ClassificationDimension> all = new ServiceCall(context).get(() -> service.dimensions(context.user()),
                null);
        List<ClassificationDimension> rows = all == null ? List.of() : all;
        dimensions.setItems(rows);
        dimensions.setHeightByRows(Math.max(2, Math.min(10, rows.size())));
        rows.stream().filter(d -> d.code().equals(keep)).findFirst().ifPresent(dimensions::select);
        showSelection();
    }

    private void refreshAndSelect(ClassificationDimension changed) {
        refresh();
        dimensions.select(rowOf(changed.code()));
        showSelection();
    }

    private ClassificationDimension rowOf(String code) {
        return dimensions.getDataCommunicator().fetchItemsWithRange(0, Integer.MAX_VALUE).stream()
                .filter(d -> d.code().equals(code)).findFirst().orElse(null);
    }

    private Optional<ClassificationDimension> selected() {
        return dimensions.getSelectedItems().stream().findFirst();
    }

    private void showSelection() {
        Optional<ClassificationDimension> d = selected();
        edit.setEnabled(d.isPresent());
        toggleDimension.setEnabled(d.isPresent());
        toggleDimension.setCaption(texts.get(d.map(ClassificationDimension::active).orElse(true)
                ? "classifications.deactivate" : "classifications.activate"));
        valuesHeading.setValue(d.map(x -> texts.get("classifications.values.of", x.name()))
                .orElse(texts.get("classifications.pick")));
        List<ClassificationValue> rows = d.map(ClassificationDimension::values).orElse(List.of());
        values.setItems(rows);
        values.setHeightByRows(Math.max(2, Math.min(12, rows.size())));
        showValueSelection();
    }

    private void showValueSelection() {
        Optional<ClassificationValue> v = values.getSelectedItems().stream().findFirst();
        toggleValue.setEnabled(v.isPresent());
        toggleValue.setCaption(texts.get(v.map(ClassificationValue::active).orElse(true)
                ? "classifications.value.deactivate" : "classifications.value.activate"));
    }

    private void toggleDimension() {
        selected().ifPresent(d -> {
            Runnable change = () -> apply(() -> service.setDimensionActive(context.user(), d.code(), !d.active()));
            if (d.active()) {
                ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("classifications.deactivate"),
                        texts.get("classifications.deactivate.question", d.name()),
                        texts.get("classifications.deactivate"), change);
            } else {
                change.run();
            }
        });
    }

    private void toggleValue() {
        Optional<ClassificationDimension> d = selected();
        Optional<ClassificationValue> v = values.getSelectedItems().stream().findFirst();
        if (d.isEmpty() || v.isEmpty()) {
            return;
        }
        Runnable change = () -> apply(() -> service.setValueActive(context.user(), d.get().code(), v.get().code(),
                !v.get().active()));
        if (v.get().active()) {
            ConfirmDialog.ask(context.ui(), texts.locale(), texts.get("classifications.value.deactivate"),
                    texts.get("classifications.value.deactivate.question", v.get().name()),
                    texts.get("classifications.value.deactivate"), change);
        } else {
            change.run();
        }
    }

    private void apply(java.util.function.Supplier<ClassificationDimension> call) {
        ClassificationDimension changed = new ServiceCall(context).get(call, null);
        if (changed != null) {
            context.notify(texts.get("classifications.saved", changed.name()));
            refreshAndSelect(changed);
        }
    }

    /** @return the dimensions grid, for tests */
    Grid<ClassificationDimension> dimensionsGrid() {
        return dimensions;
    }

    /** @return the values grid, for tests */
    Grid<ClassificationValue> valuesGrid() {
        return values;
    }

    /** @return the dimension button that deactivates or activates, for tests */
    Button toggleDimensionButton() {
        return toggleDimension;
    }

    /** @return the value button that deactivates or activates, for tests */
    Button toggleValueButton() {
        return toggleValue;
    }
}
