package org.atrium.crm.web.internal.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.web.internal.Money;
import org.atrium.crm.web.internal.Texts;

/**
 * What the opportunity edit dialog read from its fields, checked before anything is sent: the same
 * rules as the service (name required and at most 200 characters, amount 0 or more with at most two
 * decimals, close date required, a reason for a closing stage, competitor names required), so that
 * the user sees every mistake at its field at once. What passes goes to the service in one call
 * ({@link Checked#edit}), which saves fields and stage together or nothing.
 *
 * @param name        as typed
 * @param amount      as typed
 * @param close       the expected close date
 * @param stage       the chosen stage
 * @param reason      the win/loss reason as typed
 * @param competitors one row per competitor, as typed
 */
record OpportunityInput(String name, String amount, LocalDate close, PipelineStage stage, String reason,
        List<CompetitorInput> competitors) {

    /** Service limit of the name. */
    static final int NAME_MAX = 200;
    /** Service limit of the win/loss reason. */
    static final int REASON_MAX = 500;
    /** Service limit of a competitor's strengths or weaknesses. */
    static final int NOTE_MAX = 1000;

    /** One competitor row as typed. */
    record CompetitorInput(String name, String offer, String strengths, String weaknesses) {
    }

    /**
     * The outcome of {@link #check}: a draft and the target stage, or the errors per service field name.
     *
     * @param draft     the fields as the service takes them, {@code null} when there are errors
     * @param stageCode the chosen stage when it differs from the current one, otherwise {@code null}
     * @param reason    the win/loss reason, trimmed, or {@code null}
     * @param errors    the errors per service field name, empty when the input is fine
     */
    record Checked(OpportunityDraft draft, String stageCode, String reason, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }

        boolean stageChanged() {
            return stageCode != null;
        }

        /**
         * @param current the opportunity as loaded
         * @return what to send to {@code OpportunityService.edit}: the fields only when they changed on an
         *         open opportunity (a closed one only moves), the stage only when it changed
         */
        Edit edit(Opportunity current) {
            boolean open = current.status() == OpportunityStatus.OPEN;
            OpportunityDraft fields = open && fieldsChanged(current, draft) ? draft : null;
            return new Edit(fields, stageCode, stageCode == null ? null : reason);
        }
    }

    /**
     * One call of {@code OpportunityService.edit}, saved whole or not at all.
     *
     * @param draft     the changed fields, or {@code null} to keep them
     * @param stageCode the new stage, or {@code null} to stay
     * @param reason    the win/loss reason for a closing stage
     */
    record Edit(OpportunityDraft draft, String stageCode, String reason) {
        /** @return whether there is nothing to save */
        boolean isEmpty() {
            return draft == null && stageCode == null;
        }
    }

    /**
     * @return the service's refusal with the form-level line saying that nothing was saved, so that the
     *         user knows the edit is still only in the dialog
     */
    static Map<String, String> refused(Map<String, String> errors, Texts texts) {
        Map<String, String> out = new LinkedHashMap<>(errors);
        out.merge("", texts.get("opportunity.edit.nothingSaved"), (service, note) -> note + " " + service);
        return out;
    }

    /**
     * @param current the opportunity as loaded
     * @return the draft and the changed stage for {@code OpportunityService.edit}, or the errors
     */
    Checked check(Opportunity current, Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = blankToNull(name);
        if (cleanName == null) {
            errors.put("name", texts.get("opportunity.edit.nameRequired"));
        } else if (cleanName.length() > NAME_MAX) {
            errors.put("name", texts.get("opportunity.edit.tooLong", NAME_MAX));
        }
        BigDecimal money = money(amount, "amount", true, errors, texts);
        if (close == null) {
            errors.put("expectedCloseDate", texts.get("opportunity.edit.closeRequired"));
        }
        boolean stageChanged = stage != null && !stage.code().equals(current.stageCode());
        if (stage == null) {
            errors.put("stageCode", texts.get("common.required"));
        }
        String cleanReason = blankToNull(reason);
        if (stageChanged && stage.kind() != StageKind.OPEN) {
            if (cleanReason == null) {
                errors.put("reason", texts.get("opportunity.edit.reasonRequired", stage.name(texts.locale())));
            } else if (cleanReason.length() > REASON_MAX) {
                errors.put("reason", texts.get("opportunity.edit.tooLong", REASON_MAX));
            }
        }
        List<Competitor> rows = new ArrayList<>();
        for (CompetitorInput c : competitors) {
            String cname = blankToNull(c.name());
            String strengths = blankToNull(c.strengths());
            String weaknesses = blankToNull(c.weaknesses());
            boolean empty = cname == null && blankToNull(c.offer()) == null && strengths == null && weaknesses == null;
            if (empty) {
                continue;
            }
            if (cname == null) {
                errors.putIfAbsent("competitors", texts.get("opportunity.competitor.nameRequired"));
            } else if (cname.length() > NAME_MAX) {
                errors.putIfAbsent("competitors", texts.get("opportunity.edit.tooLong", NAME_MAX));
            }
            if ((strengths != null && strengths.length() > NOTE_MAX)
                    || (weaknesses != null && weaknesses.length() > NOTE_MAX)) {
                errors.putIfAbsent("competitors", texts.get("opportunity.edit.tooLong", NOTE_MAX));
            }
            BigDecimal offer = money(c.offer(), "competitors", false, errors, texts);
            rows.add(new Competitor(cname, offer, strengths, weaknesses));
        }
        String stageCode = stageChanged ? stage.code() : null;
        if (!errors.isEmpty()) {
            return new Checked(null, stageCode, cleanReason, Map.copyOf(errors));
        }
        OpportunityDraft draft = new OpportunityDraft(current.customerId(), cleanName, money, close, null, rows);
        return new Checked(draft, stageCode, cleanReason, Map.of());
    }

    /** @return whether the fields (not the stage) differ from the opportunity as loaded */
    static boolean fieldsChanged(Opportunity current, OpportunityDraft draft) {
        return !current.name().equals(draft.name()) || current.amount() == null
                || current.amount().compareTo(draft.amount()) != 0
                || !current.expectedCloseDate().equals(draft.expectedCloseDate())
                || !sameCompetitors(current.competitors(), draft.competitors());
    }

    private static boolean sameCompetitors(List<Competitor> a, List<Competitor> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Competitor x = a.get(i);
            Competitor y = b.get(i);
            boolean offers = x.offer() == null ? y.offer() == null
                    : y.offer() != null && x.offer().compareTo(y.offer()) == 0;
            if (!x.name().equals(y.name()) || !offers || !java.util.Objects.equals(x.strengths(), y.strengths())
                    || !java.util.Objects.equals(x.weaknesses(), y.weaknesses())) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal money(String text, String field, boolean required, Map<String, String> errors,
            Texts texts) {
        BigDecimal value;
        try {
            value = Money.parse(text);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, texts.get("opportunity.amount.invalid"));
            return null;
        }
        if (value == null) {
            if (required) {
                errors.putIfAbsent(field, texts.get("opportunity.amount.invalid"));
            }
            return null;
        }
        if (value.signum() < 0) {
            errors.putIfAbsent(field, texts.get("opportunity.edit.amountNegative"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.putIfAbsent(field, texts.get("opportunity.edit.amountDecimals"));
        } else if (value.precision() - value.scale() > 16) {
            errors.putIfAbsent(field, texts.get("opportunity.edit.amountTooLarge"));
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
