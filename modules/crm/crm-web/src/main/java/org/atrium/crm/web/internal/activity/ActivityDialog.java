package org.atrium.crm.web.internal.activity;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.shared.ui.datefield.DateTimeResolution;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.DateTimeField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;

/** Records a follow-up (跟进记录) for a customer, optionally naming a contact and an opportunity. */
final class ActivityDialog {

    private final ShellContext context;
    private final Texts texts;
    private final ActivityService activities;
    private final long customerId;
    private final FormDialog dialog;
    private final ComboBox<ActivityType> type;
    private final TextField channel;
    private final TextField subject;
    private final TextArea content;
    private final DateTimeField occurredAt;
    private final ComboBox<Contact> contact;
    private final ComboBox<Opportunity> opportunity;
    private final TextField nextStep;
    private final DateField nextStepDate;

    ActivityDialog(ShellContext context, Texts texts, ActivityService activities, long customerId,
            List<Contact> contacts, List<Opportunity> opportunities) {
        this.context = context;
        this.texts = texts;
        this.activities = activities;
        this.customerId = customerId;
        type = new ComboBox<>(texts.get("activity.field.type"), Arrays.asList(ActivityType.values()));
        type.setItemCaptionGenerator(new Labels(texts)::of);
        type.setEmptySelectionAllowed(false);
        type.setValue(ActivityType.VISIT);
        channel = new TextField(texts.get("activity.field.channel"));
        subject = new TextField(texts.get("activity.field.subject"));
        content = new TextArea(texts.get("activity.field.content"));
        content.setRows(3);
        occurredAt = new DateTimeField(texts.get("activity.field.occurredAt"), LocalDateTime.now().withSecond(0).withNano(0));
        occurredAt.setResolution(DateTimeResolution.MINUTE);
        occurredAt.setDateFormat("yyyy-MM-dd HH:mm");
        contact = new ComboBox<>(texts.get("activity.field.contact"), contacts);
        contact.setItemCaptionGenerator(Contact::name);
        opportunity = new ComboBox<>(texts.get("activity.field.opportunity"), opportunities);
        opportunity.setItemCaptionGenerator(Opportunity::name);
        nextStep = new TextField(texts.get("activity.field.nextStep"));
        nextStepDate = new DateField(texts.get("activity.field.nextStepDate"));
        nextStepDate.setDateFormat("yyyy-MM-dd");
        List.<com.vaadin.ui.Component>of(type, channel, subject, content, occurredAt, contact, opportunity, nextStep,
                nextStepDate)
                .forEach(c -> c.setWidth("100%"));
        dialog = new FormDialog(texts.locale(), texts.get("activity.create"), "600px");
        dialog.errors().bind(type, "type").bind(channel, "channel").bind(subject, "subject").bind(content, "content")
                .bind(occurredAt, "occurredAt").bind(contact, "contactId").bind(opportunity, "opportunityId")
                .bind(nextStep, "nextStep").bind(nextStepDate, "nextStepDate");
        FormLayout form = new FormLayout(type, channel, subject, content, occurredAt, contact, opportunity, nextStep,
                nextStepDate);
        form.setWidth("100%");
        dialog.body(form);
    }

    /** Opens the dialog; {@code saved} runs after the activity was recorded. */
    void open(Runnable saved) {
        dialog.onSave(texts.get("common.save"), () -> {
            boolean ok = new ServiceCall(context).run(() -> activities.create(context.user(), draft()),
                    dialog.errors()::show);
            if (ok) {
                context.notify(texts.get("common.saved"));
                saved.run();
            }
            return ok;
        }).open(context.ui());
    }

    ActivityDraft draft() {
        return new ActivityDraft(type.getValue(), blank(channel.getValue()), blank(subject.getValue()),
                blank(content.getValue()),
                occurredAt.getValue() == null ? null : occurredAt.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                customerId, contact.getValue() == null ? null : contact.getValue().id(),
                opportunity.getValue() == null ? null : opportunity.getValue().id(), blank(nextStep.getValue()),
                nextStepDate.getValue());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
