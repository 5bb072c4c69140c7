package org.atrium.crm.web.internal.lead;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/** Captures a lead or edits an open one; the assignment rules pick the owner of a new lead. */
final class LeadDialog {

    private final ShellContext context;
    private final Texts texts;
    private final LeadService leads;
    private final Lead editing;
    private final FormDialog dialog;
    private final TextField company;
    private final TextField contact;
    private final TextField mobile;
    private final TextField email;
    private final TextField province;
    private final TextField city;
    private final TextField industry;
    private final ComboBox<SourceChannel> channel;
    private final TextArea description;

    LeadDialog(ShellContext context, Texts texts, LeadService leads, Lead editing) {
        this.context = context;
        this.texts = texts;
        this.leads = leads;
        this.editing = editing;
        company = new TextField(texts.get("lead.field.companyName"));
        contact = new TextField(texts.get("lead.field.contactName"));
        mobile = new TextField(texts.get("lead.field.mobile"));
        email = new TextField(texts.get("lead.field.email"));
        province = new TextField(texts.get("customer.field.province"));
        city = new TextField(texts.get("customer.field.city"));
        industry = new TextField(texts.get("customer.field.industry"));
        channel = new ComboBox<>(texts.get("lead.field.channel"), Arrays.asList(SourceChannel.values()));
        channel.setItemCaptionGenerator(new Labels(texts)::of);
        channel.setEmptySelectionAllowed(false);
        description = new TextArea(texts.get("lead.field.description"));
        description.setRows(3);
        List.<com.vaadin.ui.Component>of(company, contact, mobile, email, province, city, industry, channel,
                description).forEach(c -> c.setWidth("100%"));
        company.setId("crm-lead-company");
        contact.setId("crm-lead-contact");
        mobile.setId("crm-lead-mobile");
        channel.setId("crm-lead-channel");
        dialog = new FormDialog(texts.locale(), texts.get(editing == null ? "lead.create" : "lead.edit"), "560px");
        dialog.errors().bind(company, "companyName").bind(contact, "contactName").bind(mobile, "mobile")
                .bind(email, "email").bind(province, "province").bind(city, "city").bind(industry, "industry")
                .bind(channel, "channel").bind(description, "description");
        FormLayout form = new FormLayout(company, contact, mobile, email, province, city, industry, channel,
                description);
        form.setWidth("100%");
        dialog.body(form);
        if (editing != null) {
            company.setValue(nz(editing.companyName()));
            contact.setValue(nz(editing.contactName()));
            mobile.setValue(nz(editing.mobile()));
            email.setValue(nz(editing.email()));
            province.setValue(nz(editing.province()));
            city.setValue(nz(editing.city()));
            industry.setValue(nz(editing.industry()));
            channel.setValue(editing.channel());
            description.setValue(nz(editing.description()));
        } else {
            channel.setValue(SourceChannel.WEBSITE);
        }
    }

    void open(Consumer<Lead> saved) {
        dialog.onSave(texts.get("common.save"), () -> {
            LeadDraft draft = new LeadDraft(blank(company), blank(contact), blank(mobile), blank(email),
                    blank(province), blank(city), blank(industry), channel.getValue(), blank(description));
            Lead stored = new ServiceCall(context).get(() -> editing == null ? leads.create(context.user(), draft)
                    : leads.update(context.user(), editing.id(), draft), dialog.errors()::show);
            if (stored != null) {
                context.notify(texts.get("common.saved"));
                saved.accept(stored);
            }
            return stored != null;
        }).open(context.ui());
    }

    private static String blank(com.vaadin.data.HasValue<String> field) {
        String value = field.getValue();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
