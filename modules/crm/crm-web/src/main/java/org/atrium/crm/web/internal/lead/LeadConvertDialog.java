package org.atrium.crm.web.internal.lead;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadConversionResult;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.crm.web.internal.customer.DuplicateWarning;
import org.atrium.crm.web.internal.sharing.SharingRequestDialog;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 线索转化: creates a customer (or picks an existing one), a contact from the lead's person and
 * optionally an opportunity, in one service call. The 撞单 check runs as the user types the name or
 * credit code and again in the service: a certain duplicate is refused at the field; similar
 * customers stop the conversion until the user confirms they are different. When the match is held by
 * someone else (撞单), the dialog names the holder (company and owner, nothing of the customer) and offers
 * 申请共享 right there.
 */
final class LeadConvertDialog {

    private final ShellContext context;
    private final Texts texts;
    private final LeadService leads;
    private final CustomerService customers;
    private final SharingService sharing;
    private final Lead lead;
    private final Runnable done;
    private final FormDialog dialog;
    private final RadioButtonGroup<Boolean> createNew;
    private final TextField name;
    private final TextField creditCode;
    private final ComboBox<CustomerType> type;
    private final ComboBox<Customer> existing;
    private final TextField contactTitle;
    private final TextField opportunityName;
    private final TextField amount;
    private final DateField close;
    private final VerticalLayout duplicates = new VerticalLayout();
    private final CheckBox acceptSimilar;
    private final Button requestSharing;
    private List<DuplicateMatch> lastMatches = List.of();

    LeadConvertDialog(ShellContext context, Texts texts, LeadService leads, CustomerService customers,
            SharingService sharing, Lead lead, Runnable done) {
        this.sharing = sharing;
        this.context = context;
        this.texts = texts;
        this.leads = leads;
        this.customers = customers;
        this.lead = lead;
        this.done = done;
        createNew = new RadioButtonGroup<>(null, List.of(Boolean.TRUE, Boolean.FALSE));
        createNew.setItemCaptionGenerator(b -> texts.get(b ? "convert.newCustomer" : "convert.existingCustomer"));
        createNew.addStyleName(ValoTheme.OPTIONGROUP_HORIZONTAL);
        createNew.setValue(Boolean.TRUE);
        name = new TextField(texts.get("customer.field.name"),
                lead.companyName() != null ? lead.companyName() : lead.contactName());
        creditCode = new TextField(texts.get("customer.field.creditCode"));
        type = new ComboBox<>(texts.get("customer.field.type"), List.of(CustomerType.values()));
        type.setItemCaptionGenerator(new org.atrium.crm.web.internal.Labels(texts)::of);
        type.setEmptySelectionAllowed(false);
        type.setValue(lead.companyName() == null ? CustomerType.INDIVIDUAL : CustomerType.ENTERPRISE);
        existing = new ComboBox<>(texts.get("convert.existingCustomer"));
        existing.setItemCaptionGenerator(c -> c.name() + "（" + c.code() + "）");
        existing.setDataProvider((text, offset, limit) -> customers.search(context.user(), CustomerFilter.text(text),
                new PageRequest(offset, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)), "name", true)).stream(),
                text -> customers.count(context.user(), CustomerFilter.text(text)));
        contactTitle = new TextField(texts.get("contact.field.title"));
        opportunityName = new TextField(texts.get("convert.opportunityName"));
        amount = new TextField(texts.get("opportunity.field.amount"));
        close = new DateField(texts.get("opportunity.field.expectedCloseDate"), LocalDate.now().plusMonths(3));
        close.setDateFormat("yyyy-MM-dd");
        acceptSimilar = new CheckBox(texts.get("convert.acceptSimilar"));
        acceptSimilar.setVisible(false);
        duplicates.setMargin(false);
        duplicates.setSpacing(false);
        duplicates.setVisible(false);
        duplicates.setId("crm-convert-duplicates");
        requestSharing = new Button(AccountTexts.of(context.locale()).get("sharing.request"), e -> requestSharing());
        requestSharing.setIcon(VaadinIcons.CONNECT);
        requestSharing.addStyleName(ValoTheme.BUTTON_SMALL);
        requestSharing.setId("crm-convert-request-sharing");
        name.setId("crm-convert-name");
        creditCode.setId("crm-convert-credit-code");
        opportunityName.setId("crm-convert-opportunity");
        amount.setId("crm-convert-amount");
        List.<com.vaadin.ui.Component>of(name, creditCode, type, existing, contactTitle, opportunityName, amount,
                close).forEach(c -> c.setWidth("100%"));
        for (TextField field : List.of(name, creditCode)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> showDuplicates(check()));
        }
        createNew.addValueChangeListener(e -> toggle());
        dialog = new FormDialog(texts.locale(), texts.get("convert.title", lead.contactName()), "620px");
        dialog.setId("crm-convert");
        dialog.errors().bind(name, "name", "newCustomer").bind(creditCode, "creditCode").bind(type, "type")
                .bind(existing, "existingCustomerId").bind(contactTitle, "contactTitle")
                .bind(opportunityName, "opportunityName").bind(amount, "opportunityAmount", "amount")
                .bind(close, "expectedCloseDate");
        FormLayout form = new FormLayout(createNew, name, creditCode, type, existing, contactTitle, opportunityName,
                amount, close);
        form.setWidth("100%");
        dialog.body(duplicates).body(acceptSimilar).body(form);
        toggle();
        showDuplicates(check());
    }

    void open() {
        dialog.onSave(texts.get("convert.run"), this::convert).open(context.ui());
    }

    private void toggle() {
        boolean isNew = Boolean.TRUE.equals(createNew.getValue());
        name.setVisible(isNew);
        creditCode.setVisible(isNew);
        type.setVisible(isNew);
        existing.setVisible(!isNew);
        duplicates.setVisible(isNew && duplicates.getComponentCount() > 0);
        acceptSimilar.setVisible(isNew && acceptSimilar.isVisible());
    }

    private boolean convert() {
        BigDecimal money;
        try {
            money = Money.parse(amount.getValue());
        } catch (NumberFormatException e) {
            dialog.errors().show(Map.of("amount", texts.get("opportunity.amount.invalid")));
            return false;
        }
        boolean isNew = Boolean.TRUE.equals(createNew.getValue());
        if (!isNew && existing.getValue() == null) {
            dialog.errors().show(Map.of("existingCustomerId", texts.get("common.required")));
            return false;
        }
        LeadConversion conversion = ConversionForm.conversion(isNew,
                isNew ? null : existing.getValue().id(),
                new CustomerDraft(blank(name.getValue()), null, blank(creditCode.getValue()), lead.industry(),
                        lead.province(), lead.city(), type.getValue(), null, null, null, null, null),
                blank(contactTitle.getValue()), blank(opportunityName.getValue()), money, close.getValue(),
                acceptSimilar.getValue());
        LeadConversionResult result = new ServiceCall(context).get(
                () -> leads.convert(context.user(), lead.id(), conversion), dialog.errors()::show);
        if (result == null) {
            showDuplicates(check());
            return false;
        }
        if (!result.converted()) {
            showDuplicates(result.similar());
            acceptSimilar.setVisible(true);
            dialog.errors().show(Map.of("", texts.get("convert.similarFound")));
            return false;
        }
        context.notify(texts.get("convert.done"));
        done.run();
        context.navigate("crm/customer", String.valueOf(result.customerId()));
        return true;
    }

    private List<DuplicateMatch> check() {
        String n = blank(name.getValue());
        String c = blank(creditCode.getValue());
        if (n == null && c == null) {
            return List.of();
        }
        try {
            return customers.checkDuplicates(context.user(), n, c, null);
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private void showDuplicates(List<DuplicateMatch> matches) {
        lastMatches = matches;
        duplicates.removeAllComponents();
        if (matches.stream().anyMatch(m -> m.customerId() == null)) {
            // held by someone the user cannot see: the holder (company and owner) is all the user learns
            Label held = new Label(texts.get("convert.duplicateHeld"));
            held.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_BOLD);
            held.setWidth("100%");
            duplicates.addComponent(held);
        }
        for (String line : DuplicateWarning.lines(texts, matches)) {
            Label label = new Label("\u26A0 " + line);
            label.addStyleNames(ValoTheme.LABEL_SMALL, "crm-duplicate");
            label.setWidth("100%");
            duplicates.addComponent(label);
        }
        if (!matches.isEmpty() && sharing != null) {
            duplicates.addComponent(requestSharing);
        }
        duplicates.setVisible(duplicates.getComponentCount() > 0 && Boolean.TRUE.equals(createNew.getValue()));
    }

    /** 申请共享 for what the user typed, to the holder of the best match; the conversion dialog stays open. */
    private void requestSharing() {
        if (lastMatches.isEmpty()) {
            return;
        }
        DuplicateMatch best = lastMatches.stream().filter(DuplicateMatch::isCertain).findFirst()
                .orElse(lastMatches.get(0));
        new SharingRequestDialog(context, texts, sharing).open(blank(name.getValue()), blank(creditCode.getValue()),
                holder(best.holderCompany()) + " · " + holder(best.holderOwnerName()));
    }

    private static String holder(String name) {
        return name == null || name.isBlank() ? "—" : name;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
