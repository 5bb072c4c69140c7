package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.FieldErrors;

import java.util.Arrays;
import java.util.List;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The fields of a customer, with the 撞单 warning under them: as the user types a name or a credit
 * code, {@code duplicates} is asked and the holders of matching customers are shown. Used by the
 * create dialog and the profile tab of the 360 page.
 */
final class CustomerFields extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** Asks the service for matches of a name and credit code. */
    @FunctionalInterface
    interface DuplicateCheck {
        List<DuplicateMatch> check(String name, String creditCode);
    }

    private final Texts texts;
    private final TextField name;
    private final TextField shortName;
    private final TextField creditCode;
    private final TextField industry;
    private final TextField province;
    private final TextField city;
    private final ComboBox<CustomerType> type;
    private final TextField source;
    private final ComboBox<LifecycleStage> lifecycle;
    private final ComboBox<Tier> tier;
    private final TextField creditRating;
    private final VerticalLayout duplicates = new VerticalLayout();
    private final transient DuplicateCheck check;
    private final transient ClassificationCombos classifications;

    CustomerFields(Texts texts, DuplicateCheck check) {
        this(texts, check, java.util.List.of());
    }

    /** @param dimensions the classification dimensions; a box is shown for each active one */
    CustomerFields(Texts texts, DuplicateCheck check, List<ClassificationDimension> dimensions) {
        this.texts = texts;
        this.check = check;
        this.classifications = new ClassificationCombos(texts, dimensions);
        setMargin(false);
        Labels labels = new Labels(texts);
        name = text("customer.field.name");
        shortName = text("customer.field.shortName");
        creditCode = text("customer.field.creditCode");
        creditCode.setMaxLength(18);
        industry = text("customer.field.industry");
        province = text("customer.field.province");
        city = text("customer.field.city");
        type = combo("customer.field.type", CustomerType.values(), labels);
        type.setEmptySelectionAllowed(false);
        source = text("customer.field.source");
        lifecycle = combo("customer.field.lifecycle", LifecycleStage.values(), labels);
        tier = new ComboBox<>(texts.get("customer.field.tier"), Arrays.asList(Tier.values()));
        tier.setWidth("100%");
        creditRating = text("customer.field.creditRating");
        duplicates.setMargin(false);
        duplicates.setSpacing(false);
        duplicates.setWidth("100%");
        duplicates.setVisible(false);
        duplicates.setId("crm-duplicate-warning");
        name.setId("crm-customer-name");
        creditCode.setId("crm-customer-credit-code");
        if (check != null) {
            for (TextField field : List.of(name, creditCode)) {
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(400);
                field.addValueChangeListener(e -> checkDuplicates());
            }
        }
        FormLayout left = new FormLayout(name, shortName, creditCode, type, industry, source);
        FormLayout right = new FormLayout(province, city, lifecycle, tier, creditRating);
        classifications.boxes().forEach(right::addComponent);
        left.setWidth("100%");
        right.setWidth("100%");
        com.vaadin.ui.HorizontalLayout columns = new com.vaadin.ui.HorizontalLayout(left, right);
        columns.setWidth("100%");
        addComponents(duplicates, columns);
    }

    /** Binds the service's field names to the fields. */
    void bind(FieldErrors errors) {
        errors.bind(name, "name").bind(shortName, "shortName").bind(creditCode, "creditCode")
                .bind(industry, "industry").bind(province, "province").bind(city, "city").bind(type, "type")
                .bind(source, "source").bind(lifecycle, "lifecycle").bind(tier, "tier")
                .bind(creditRating, "creditRating");
        classifications.bind(errors);
    }

    void show(CustomerForm form) {
        name.setValue(form.name());
        shortName.setValue(form.shortName());
        creditCode.setValue(form.creditCode());
        industry.setValue(form.industry());
        province.setValue(form.province());
        city.setValue(form.city());
        type.setValue(form.type());
        source.setValue(form.source());
        lifecycle.setValue(form.lifecycle());
        tier.setValue(form.tier());
        creditRating.setValue(form.creditRating());
        classifications.show(form.classifications());
        duplicates.setVisible(false);
    }

    CustomerForm read() {
        return new CustomerForm(name.getValue(), shortName.getValue(), creditCode.getValue(), industry.getValue(),
                province.getValue(), city.getValue(), type.getValue(), source.getValue(), lifecycle.getValue(),
                tier.getValue(), creditRating.getValue(), classifications.read());
    }

    /** Makes every field read-only or editable. */
    void setEditable(boolean editable) {
        List.<com.vaadin.data.HasValue<?>>of(name, shortName, creditCode, industry, province, city, type, source,
                lifecycle, tier, creditRating).forEach(f -> f.setReadOnly(!editable));
        classifications.setReadOnly(!editable);
    }

    /** Runs the duplicate check now and shows its result. */
    void checkDuplicates() {
        String n = CustomerForm.trim(name.getValue());
        String c = CustomerForm.trim(creditCode.getValue());
        if (n == null && c == null) {
            duplicates.setVisible(false);
            return;
        }
        showDuplicates(check.check(n, c));
    }

    private void showDuplicates(List<DuplicateMatch> matches) {
        List<String> lines = DuplicateWarning.lines(texts, matches);
        duplicates.removeAllComponents();
        for (String line : lines) {
            Label label = new Label("\u26A0 " + line);
            label.addStyleNames(ValoTheme.LABEL_SMALL, "crm-duplicate");
            label.setWidth("100%");
            duplicates.addComponent(label);
        }
        duplicates.setVisible(!lines.isEmpty());
    }

    private TextField text(String key) {
        TextField field = new TextField(texts.get(key));
        field.setWidth("100%");
        return field;
    }

    private <E extends Enum<E>> ComboBox<E> combo(String key, E[] values, Labels labels) {
        ComboBox<E> combo = new ComboBox<>(texts.get(key), Arrays.asList(values));
        combo.setItemCaptionGenerator(labels::of);
        combo.setWidth("100%");
        return combo;
    }
}
