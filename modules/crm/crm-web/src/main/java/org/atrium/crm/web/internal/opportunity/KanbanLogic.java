package org.atrium.crm.web.internal.opportunity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;

/**
 * The state of the opportunity kanban: one column per pipeline stage with its cards, count and
 * amount. A drag becomes {@link #move}: the service decides; on success the card changes column,
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
    private final Mover mover;

    /**
     * @param stages the pipeline, in order
     * @param loaded the cards loaded per stage code
     * @param totals the number of opportunities per stage code (may exceed the cards loaded)
     */
    KanbanLogic(List<PipelineStage> stages, Map<String, List<Opportunity>> loaded, Map<String, Integer> totals,
            Mover mover) {
        this.stages = List.copyOf(stages);
        this.mover = mover;
        for (PipelineStage stage : stages) {
            List<Opportunity> column = new ArrayList<>(loaded.getOrDefault(stage.code(), List.of()));
            cards.put(stage.code(), column);
            counts.put(stage.code(), Math.max(column.size(), totals.getOrDefault(stage.code(), column.size())));
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

    /** @return the amount of the cards loaded in the column */
    BigDecimal amount(String stageCode) {
        return cards.getOrDefault(stageCode, List.of()).stream().map(Opportunity::amount)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
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
        cards.get(from.get()).removeIf(o -> o.id() == opportunityId);
        counts.merge(from.get(), -1, Integer::sum);
        String landed = cards.containsKey(moved.stageCode()) ? moved.stageCode() : toStage;
        cards.get(landed).add(0, moved);
        counts.merge(landed, 1, Integer::sum);
        return new Outcome(Outcome.Kind.MOVED, moved, null);
    }
}
