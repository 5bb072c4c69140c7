package org.atrium.crm.web.internal.merge;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 合并客户 (admin): the customer of the page survives; the admin finds the duplicate, picks per
 * differing field whose value survives, confirms a summary of what moves, and
 * {@link CustomerService#merge} does the rest. Afterwards the survivor's page opens afresh.
 */
public final class MergeDialog extends Window {

    private static final long serialVersionUID = 1L;

    /** The services that tell how many records would move. */
    public record Counts(ContactService contacts, OpportunityService opportunities, ActivityService activities) {
    }

    private final transient ShellContext context;
    private final Texts texts;
    private final Texts keys;
    private final transient CustomerService customers;
    private final transient Counts counts;
    private final transient MergeValues values;
    private final Customer survivor;
    private final ComboBox<Customer> duplicatePicker;
    private final VerticalLayout fields = new VerticalLayout();
    private final Button merge;
    private transient MergePlan plan;

    public MergeDialog(ShellContext context, Texts texts, Texts keys, CustomerService customers, Counts counts,
            Directory names, Customer survivor) {
        super(keys.get("merge.title"));
        this.context = context;
        this.texts = texts;
        this.keys = keys;
        this.customers = customers;
        this.counts = counts;
        this.values = new MergeValues(texts, keys, names, new CustomerNames(customers, context.user()));
        this.survivor = survivor;
        setModal(true);
        setWidth("760px");
        Label intro = new Label(keys.get("merge.intro", survivor.name(), survivor.code()));
        intro.setWidth("100%");
        duplicatePicker = new ComboBox<>(keys.get("merge.duplicate"));
        duplicatePicker.setWidth("100%");
        duplicatePicker.setId("crm-merge-duplicate");
        duplicatePicker.setItemCaptionGenerator(c -> c.name() + "（" + c.code() + "）");
        duplicatePicker.setDataProvider(
                (text, offset, limit) -> customers.search(context.user(), CustomerFilter.text(blankToNull(text)),
                        new PageRequest(offset, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)), "name", true))
                        .stream(),
                text -> customers.count(context.user(), CustomerFilter.text(blankToNull(text))));
        duplicatePicker.addValueChangeListener(e -> pick(e.getValue()));
        fields.setMargin(false);
        Panel scroll = new Panel(fields);
        scroll.setHeight("360px");
        scroll.addStyleName(ValoTheme.PANEL_BORDERLESS);
        merge = new Button(keys.get("merge.action"), e -> confirm());
        merge.addStyleName(ValoTheme.BUTTON_DANGER);
        merge.setEnabled(false);
        merge.setId("crm-merge-submit");
        Button cancel = new Button(texts.get("common.cancel"), e -> close());
        HorizontalLayout buttons = new HorizontalLayout(cancel, merge);
        VerticalLayout content = new VerticalLayout(intro, duplicatePicker, scroll, buttons);
        content.setComponentAlignment(buttons, Alignment.BOTTOM_RIGHT);
        setContent(content);
    }

    /** Shows the dialog. */
    public void open() {
        context.ui().addWindow(this);
    }

    /** Shows the field picker for a chosen duplicate. */
    void pick(Customer duplicate) {
        fields.removeAllComponents();
        plan = null;
        merge.setEnabled(false);
        if (duplicate == null) {
            return;
        }
        if (duplicate.id() == survivor.id()) {
            context.showError(keys.get("merge.self"));
            return;
        }
        plan = new MergePlan(survivor, duplicate);
        FormLayout form = new FormLayout();
        form.setWidth("100%");
        for (CustomerField field : CustomerField.values()) {
            form.addComponent(plan.differs(field) ? picker(field) : same(field));
        }
        fields.addComponent(form);
        merge.setEnabled(true);
    }

    private RadioButtonGroup<MergePlan.Side> picker(CustomerField field) {
        RadioButtonGroup<MergePlan.Side> radio = new RadioButtonGroup<>(values.caption(field));
        radio.setItems(MergePlan.Side.SURVIVOR, MergePlan.Side.DUPLICATE);
        Customer duplicate = plan.duplicate();
        radio.setItemCaptionGenerator(side -> side == MergePlan.Side.SURVIVOR
                ? keys.get("merge.keep", values.of(survivor, field))
                : keys.get("merge.take", values.of(duplicate, field)));
        radio.setValue(plan.choice(field));
        radio.addValueChangeListener(e -> plan.choose(field, e.getValue()));
        radio.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        return radio;
    }

    private Label same(CustomerField field) {
        Label label = new Label(keys.get("merge.same", values.of(survivor, field)));
        label.setCaption(values.caption(field));
        label.addStyleName(ValoTheme.LABEL_LIGHT);
        return label;
    }

    private void confirm() {
        if (plan == null) {
            return;
        }
        MergePlan chosen = plan;
        ConfirmDialog.ask(context.ui(), texts.locale(), keys.get("merge.title"), summary(chosen), keys.get("merge.action"),
                () -> run(chosen));
    }

    /** @return what the merge will do, in one paragraph */
    String summary(MergePlan chosen) {
        Customer duplicate = chosen.duplicate();
        long id = duplicate.id();
        List<String> taken = new ArrayList<>();
        chosen.takeFromDuplicate().forEach(f -> taken.add(values.caption(f)));
        String fieldsLine = taken.isEmpty() ? keys.get("merge.summary.noFields")
                : keys.get("merge.summary.fields", String.join("、", taken));
        return keys.get("merge.summary.all",
                keys.get("merge.summary", duplicate.name(), duplicate.code(), survivor.name(), survivor.code()),
                fieldsLine, keys.get("merge.summary.moves",
                        count(() -> counts.contacts().count(context.user(), ContactFilter.ofCustomer(id))),
                        count(() -> counts.opportunities().count(context.user(), new OpportunityFilter(null, id, null,
                                null, null, null, null, false))),
                        count(() -> counts.activities().count(context.user(), ActivityFilter.ofCustomer(id))),
                        duplicate.code()));
    }

    private String count(IntSupplier counter) {
        try {
            return String.valueOf(counter.getAsInt());
        } catch (AccessDeniedException e) {
            return "?";
        }
    }

    private void run(MergePlan chosen) {
        Customer merged = new ServiceCall(context).get(() -> customers.merge(context.user(), survivor.id(),
                chosen.duplicate().id(), chosen.takeFromDuplicate()), null);
        if (merged == null) {
            return;
        }
        close();
        context.notify(keys.get("merge.done", chosen.duplicate().code(), merged.name()));
        // the dialog is opened on the survivor's page: build it afresh so it shows the merged record
        context.reloadView();
    }

    /** @return the plan of the chosen duplicate, for tests */
    MergePlan plan() {
        return plan;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
