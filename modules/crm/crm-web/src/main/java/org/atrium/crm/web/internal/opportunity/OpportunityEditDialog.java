package org.atrium.crm.web.internal.opportunity;

import org.atrium.shell.api.ui.FormDialog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 编辑商机: name, amount, expected close date, stage and competitors of one opportunity. Every field is
 * checked in the dialog first ({@link OpportunityInput}), then the service decides in one call,
 * {@code OpportunityService.edit}: the changed fields and a new stage (a closing stage with its reason) are
 * saved together or not at all. When the service refuses, the dialog stays open with what the user typed
 * and says, above the fields, that nothing was saved and why. A closed opportunity can only be moved back
 * to an open stage (the service refuses field changes to closed ones).
 */
final class OpportunityEditDialog {

    private final ShellContext context;
    private final Texts texts;
    private final OpportunityService opportunities;
    private final Opportunity current;
    private final FormDialog dialog;
    private final TextField name;
    private final TextField amount;
    private final DateField close;
    private final ComboBox<PipelineStage> stage;
    private final TextArea reason;
    private final VerticalLayout competitorRows = new VerticalLayout();
    private final List<CompetitorRow> rows = new ArrayList<>();
    private final Label competitorError = new Label();
    /** The field errors spelled out under the fields (a field's own indicator shows its message only on hover). */
    private final Label fieldErrors = new Label();
    private final boolean closed;

    OpportunityEditDialog(ShellContext context, Texts texts, OpportunityService opportunities, Opportunity current) {
        this.context = context;
        this.texts = texts;
        this.opportunities = opportunities;
        this.current = current;
        this.closed = current.status() != OpportunityStatus.OPEN;
        name = new TextField(texts.get("opportunity.field.name"), current.name());
        name.setMaxLength(OpportunityInput.NAME_MAX);
        name.setId("crm-opportunity-edit-name");
        amount = new TextField(texts.get("opportunity.field.amount"),
                current.amount() == null ? "" : current.amount().toPlainString());
        amount.setId("crm-opportunity-edit-amount");
        close = new DateField(texts.get("opportunity.field.expectedCloseDate"), current.expectedCloseDate());
        close.setDateFormat("yyyy-MM-dd");
        close.setId("crm-opportunity-edit-close");
        List<PipelineStage> stages = opportunities.stages();
        stage = new ComboBox<>(texts.get("opportunity.field.stage"), stages);
        stage.setItemCaptionGenerator(s -> s.name(context.locale()) + " · " + s.probability() + "%");
        stage.setEmptySelectionAllowed(false);
        stage.setTextInputAllowed(false);
        stages.stream().filter(s -> s.code().equals(current.stageCode())).findFirst().ifPresent(stage::setValue);
        stage.setId("crm-opportunity-edit-stage");
        reason = new TextArea(texts.get("kanban.reason"));
        reason.setRows(2);
        reason.setMaxLength(OpportunityInput.REASON_MAX);
        reason.setId("crm-opportunity-edit-reason");
        stage.addValueChangeListener(e -> showReason());
        List.<com.vaadin.ui.Component>of(name, amount, close, stage, reason).forEach(c -> c.setWidth("100%"));

        Label competitorsTitle = new Label(texts.get("opportunity.competitors"));
        competitorsTitle.addStyleName(ValoTheme.LABEL_BOLD);
        competitorError.addStyleNames(ValoTheme.LABEL_FAILURE, ValoTheme.LABEL_SMALL);
        competitorError.setWidth("100%");
        competitorError.setVisible(false);
        fieldErrors.addStyleNames(ValoTheme.LABEL_FAILURE, ValoTheme.LABEL_SMALL);
        fieldErrors.setWidth("100%");
        fieldErrors.setVisible(false);
        fieldErrors.setId("crm-opportunity-edit-errors");
        competitorRows.setMargin(false);
        competitorRows.setSpacing(false);
        competitorRows.setWidth("100%");
        Button addCompetitor = new Button(texts.get("opportunity.competitor.add"), e -> addRow(null));
        addCompetitor.setIcon(VaadinIcons.PLUS);
        addCompetitor.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
        addCompetitor.setId("crm-opportunity-edit-add-competitor");
        current.competitors().forEach(this::addRow);

        dialog = new FormDialog(texts.locale(), texts.get("opportunity.edit.title", current.name()), "760px");
        dialog.setId("crm-opportunity-edit");
        dialog.errors().bind(name, "name").bind(amount, "amount").bind(close, "expectedCloseDate")
                .bind(stage, "stageCode").bind(reason, "reason");
        FormLayout form = new FormLayout(name, amount, close, stage, reason);
        form.setWidth("100%");
        VerticalLayout competitors = new VerticalLayout(competitorsTitle, competitorError, competitorRows,
                addCompetitor);
        competitors.setMargin(false);
        competitors.setSpacing(false);
        competitors.setWidth("100%");
        dialog.body(form).body(fieldErrors);
        if (closed) {
            Label note = new Label(texts.get("opportunity.edit.closedNote"));
            note.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
            note.setWidth("100%");
            dialog.body(note);
            List.<com.vaadin.ui.Component>of(name, amount, close).forEach(c -> c.setEnabled(false));
            addCompetitor.setEnabled(false);
            rows.forEach(r -> r.setEnabled(false));
        }
        dialog.body(competitors);
        showReason();
    }

    /** Opens the dialog; {@code saved} gets the opportunity as the service left it. */
    void open(Consumer<Opportunity> saved) {
        dialog.onSave(texts.get("common.save"), () -> save(saved)).open(context.ui());
    }

    private void showReason() {
        PipelineStage chosen = stage.getValue();
        reason.setVisible(chosen != null && chosen.kind() != StageKind.OPEN
                && !chosen.code().equals(current.stageCode()));
    }

    private void addRow(Competitor competitor) {
        CompetitorRow row = new CompetitorRow(texts, competitor, r -> {
            rows.remove(r);
            competitorRows.removeComponent(r);
        });
        rows.add(row);
        competitorRows.addComponent(row);
    }

    private boolean save(Consumer<Opportunity> saved) {
        competitorError.setVisible(false);
        fieldErrors.setVisible(false);
        OpportunityInput input = new OpportunityInput(name.getValue(), amount.getValue(), close.getValue(),
                stage.getValue(), reason.isVisible() ? reason.getValue() : null,
                rows.stream().map(CompetitorRow::input).toList());
        OpportunityInput.Checked checked = input.check(current, texts);
        if (!checked.ok()) {
            show(checked.errors());
            return false;
        }
        OpportunityInput.Edit edit = checked.edit(current);
        Opportunity result = current;
        if (!edit.isEmpty()) {
            try {
                result = opportunities.edit(context.user(), current.id(), edit.draft(), edit.stageCode(),
                        edit.reason(), current.updatedAt());
            } catch (ValidationException e) {
                show(OpportunityInput.refused(e.getFieldErrors(), texts));
                return false;
            } catch (AccessDeniedException | NotFoundException e) {
                // said in the dialog, next to what the user typed, rather than in a notification that fades
                show(OpportunityInput.refused(Map.of("", e.getMessage()), texts));
                return false;
            }
        }
        context.notify(texts.get("opportunity.edit.saved", result.name()));
        saved.accept(result);
        return true;
    }

    private void show(Map<String, String> errors) {
        Map<String, String> captions = Map.of("name", name.getCaption(), "amount", amount.getCaption(),
                "expectedCloseDate", close.getCaption(), "stageCode", stage.getCaption(), "reason", reason.getCaption());
        String lines = List.of("name", "amount", "expectedCloseDate", "stageCode", "reason").stream()
                .filter(errors::containsKey).map(k -> captions.get(k) + "：" + errors.get(k))
                .collect(java.util.stream.Collectors.joining("；"));
        fieldErrors.setValue(lines);
        fieldErrors.setVisible(!lines.isEmpty());
        String competitorMessage = errors.get("competitors");
        competitorError.setValue(competitorMessage == null ? "" : competitorMessage);
        competitorError.setVisible(competitorMessage != null);
        Map<String, String> rest = new java.util.LinkedHashMap<>(errors);
        rest.remove("competitors");
        if (!rest.isEmpty() || competitorMessage == null) {
            dialog.errors().show(rest);
        }
    }

    /** One competitor: name, offer, strengths, weaknesses, and a remove button. */
    private static final class CompetitorRow extends HorizontalLayout {

        private static final long serialVersionUID = 1L;

        private final TextField name;
        private final TextField offer;
        private final TextField strengths;
        private final TextField weaknesses;

        CompetitorRow(Texts texts, Competitor competitor, Consumer<CompetitorRow> remove) {
            name = field(texts.get("opportunity.competitor.name"), competitor == null ? null : competitor.name(),
                    "150px");
            BigDecimal amount = competitor == null ? null : competitor.offer();
            offer = field(texts.get("opportunity.competitor.offer"), amount == null ? null : amount.toPlainString(),
                    "110px");
            strengths = field(texts.get("opportunity.competitor.strengths"),
                    competitor == null ? null : competitor.strengths(), "170px");
            weaknesses = field(texts.get("opportunity.competitor.weaknesses"),
                    competitor == null ? null : competitor.weaknesses(), "170px");
            name.setMaxLength(OpportunityInput.NAME_MAX);
            strengths.setMaxLength(OpportunityInput.NOTE_MAX);
            weaknesses.setMaxLength(OpportunityInput.NOTE_MAX);
            Button delete = new Button(VaadinIcons.CLOSE_SMALL, e -> remove.accept(this));
            delete.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            delete.setDescription(texts.get("opportunity.competitor.remove"));
            addComponents(name, offer, strengths, weaknesses, delete);
            setSpacing(true);
            addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        }

        private static TextField field(String placeholder, String value, String width) {
            TextField field = new TextField();
            field.setPlaceholder(placeholder);
            field.setValue(value == null ? "" : value);
            field.setWidth(width);
            field.addStyleName(ValoTheme.TEXTFIELD_SMALL);
            return field;
        }

        OpportunityInput.CompetitorInput input() {
            return new OpportunityInput.CompetitorInput(name.getValue(), offer.getValue(), strengths.getValue(),
                    weaknesses.getValue());
        }
    }
}
