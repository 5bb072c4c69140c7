package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextField;

/** Creates an opportunity for a customer (name, amount, expected close, starting stage). */
final class OpportunityDialog {

    private final ShellContext context;
    private final Texts texts;
    private final OpportunityService opportunities;
    private final long customerId;
    private final FormDialog dialog;
    private final TextField name;
    private final TextField amount;
    private final DateField close;
    private final ComboBox<PipelineStage> stage;

    OpportunityDialog(ShellContext context, Texts texts, OpportunityService opportunities, long customerId) {
        this.context = context;
        this.texts = texts;
        this.opportunities = opportunities;
        this.customerId = customerId;
        name = new TextField(texts.get("opportunity.field.name"));
        amount = new TextField(texts.get("opportunity.field.amount"));
        close = new DateField(texts.get("opportunity.field.expectedCloseDate"), LocalDate.now().plusMonths(3));
        close.setDateFormat("yyyy-MM-dd");
        List<PipelineStage> open = opportunities.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        stage = new ComboBox<>(texts.get("opportunity.field.stage"), open);
        stage.setItemCaptionGenerator(s -> s.name(context.locale()));
        stage.setValue(open.isEmpty() ? null : open.get(0));
        List.<com.vaadin.ui.Component>of(name, amount, close, stage).forEach(c -> c.setWidth("100%"));
        dialog = new FormDialog(texts.locale(), texts.get("opportunity.create"), "480px");
        dialog.errors().bind(name, "name").bind(amount, "amount").bind(close, "expectedCloseDate")
                .bind(stage, "stageCode");
        FormLayout form = new FormLayout(name, amount, close, stage);
        form.setWidth("100%");
        dialog.body(form);
    }

    void open(Consumer<Opportunity> saved) {
        dialog.onSave(texts.get("common.save"), () -> {
            OpportunityDraft draft;
            try {
                draft = new OpportunityDraft(customerId, name.getValue().isBlank() ? null : name.getValue().strip(),
                        Money.parse(amount.getValue()), close.getValue(),
                        stage.getValue() == null ? null : stage.getValue().code(), List.of());
            } catch (NumberFormatException e) {
                dialog.errors().show(Map.of("amount", texts.get("opportunity.amount.invalid")));
                return false;
            }
            Opportunity created = new ServiceCall(context).get(() -> opportunities.create(context.user(), draft),
                    dialog.errors()::show);
            if (created != null) {
                context.notify(texts.get("common.saved"));
                saved.accept(created);
            }
            return created != null;
        }).open(context.ui());
    }
}
