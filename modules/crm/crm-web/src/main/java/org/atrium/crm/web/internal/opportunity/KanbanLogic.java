package org.atrium.crm.web.internal.opportunity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;

/**
 * The state of the opportunity kanban: one column per pipeline stage with its cards, count and
 * amount. The count and amount are the stage's totals ({@code OpportunityService.stageTotals}), so a
 * column that shows only its first cards still shows the whole stage. A drag becomes {@link #move}:
 * the service decides; on success the card changes column and takes its count and amount with it,
 * on failure nothing changes (the board redraws the card where it was) and the service's message
 * is returned for the user.
 */
final class KanbanLogic {

    /** Moves an opportunity in the service ({@code OpportunityService.moveStage}). */
    @FunctionalInterface
    interface Mover {
        Opportunity move(long opportunityId, String stageCode, String reason);
    }

    /** What became of a drop. */
    record Outcome(Kind kind, Opportunity moved, String message) {
        enum Kind { MOVED, UNCHANGED, FAILED }
    }

    private final List<PipelineStage> stages;
    private final Map<String, List<Opportunity>> cards = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    private final Mover mover;

    /**
     * @param stages the pipeline, in order
     * @param loaded the cards loaded per stage code
     * @param totals the count and amount of all opportunities per stage (may exceed the cards loaded); a stage
     *               without a total has none beyond its cards
     */
    KanbanLogic(List<PipelineStage> stages, Map<String, List<Opportunity>> loaded, List<StageTotal> totals,
            Mover mover) {
        this.stages = List.copyOf(stages);
        this.mover = mover;
        Map<String, StageTotal> byStage = new LinkedHashMap<>();
        totals.forEach(t -> byStage.put(t.stageCode(), t));
        for (PipelineStage stage : stages) {
            List<Opportunity> column = new ArrayList<>(loaded.getOrDefault(stage.code(), List.of()));
            cards.put(stage.code(), column);
            StageTotal total = byStage.get(stage.code());
            if (total == null || total.count() < column.size()) {
                // the cards were read after a change the totals missed: the cards are the better count
                counts.put(stage.code(), column.size());
                amounts.put(stage.code(), column.stream().map(KanbanLogic::amountOf)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            } else {
                counts.put(stage.code(), total.count());
                amounts.put(stage.code(), Objects.requireNonNullElse(total.amount(), BigDecimal.ZERO));
            }
        }
    }

    List<PipelineStage> stages() {
        return stages;
    }

    List<Opportunity> cards(String stageCode) {
        return List.copyOf(cards.getOrDefault(stageCode, List.of()));
    }

    int count(String stageCode) {
        return counts.getOrDefault(stageCode, 0);
    }

    /** @return the total amount of the stage's opportunities, including those not loaded as cards */
    BigDecimal amount(String stageCode) {
        return amounts.getOrDefault(stageCode, BigDecimal.ZERO);
    }

    private static BigDecimal amountOf(Opportunity o) {
        return Objects.requireNonNullElse(o.amount(), BigDecimal.ZERO);
    }

    /** @return whether the column holds fewer cards than opportunities */
    boolean truncated(String stageCode) {
        return count(stageCode) > cards.getOrDefault(stageCode, List.of()).size();
    }

    /** @return whether moving to the stage closes the deal and so needs a win/loss reason */
    boolean needsReason(String stageCode) {
        return stage(stageCode).map(s -> s.kind() != StageKind.OPEN).orElse(false);
    }

    Optional<PipelineStage> stage(String stageCode) {
        return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
    }

    /** @return the stage code of the column holding the card, if loaded */
    Optional<String> columnOf(long opportunityId) {
        return cards.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(o -> o.id() == opportunityId))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * Moves a card: asks the service, and changes the columns only when it agrees.
     *
     * @param reason the win/loss reason for a closing stage, otherwise {@code null}
     */
    Outcome move(long opportunityId, String toStage, String reason) {
        Optional<String> from = columnOf(opportunityId);
        if (from.isEmpty() || from.get().equals(toStage) || !cards.containsKey(toStage)) {
            return new Outcome(Outcome.Kind.UNCHANGED, null, null);
        }
        Opportunity moved;
        try {
            moved = mover.move(opportunityId, toStage, reason);
        } catch (ValidationException | AccessDeniedException | NotFoundException e) {
            return new Outcome(Outcome.Kind.FAILED, null, e.getMessage());
        }
        List<Opportunity> source = cards.get(from.get());
        Opportunity before = source.stream().filter(o -> o.id() == opportunityId).findFirst().orElseThrow();
        source.remove(before);
        // the column lost the card as it was counted; the new one gains it as the service saved it
        counts.merge(from.get(), -1, Integer::sum);
        amounts.merge(from.get(), amountOf(before).negate(), BigDecimal::add);
        String landed = cards.containsKey(moved.stageCode()) ? moved.stageCode() : toStage;
        cards.get(landed).add(0, moved);
        counts.merge(landed, 1, Integer::sum);
        amounts.merge(landed, amountOf(moved), BigDecimal::add);
        return new Outcome(Outcome.Kind.MOVED, moved, null);
    }
}
