package org.atrium.crm.impl.internal.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atrium.crm.api.lead.AssignmentRule;
import org.atrium.crm.api.lead.AssignmentRuleType;

/**
 * Lead assignment (线索分配): the first rule, in order, that matches the lead's region or industry
 * (or an {@link AssignmentRuleType#ANY} rule) picks the next user of its team round-robin and sets
 * the follow-up deadline. Pure logic: the cursor of each rule is kept by the caller.
 */
public final class LeadRouter {

    /**
     * What the rules look at.
     *
     * @param province the lead's province, or {@code null}
     * @param city     the lead's city, or {@code null}
     * @param industry the lead's industry, or {@code null}
     */
    public record LeadFacts(String province, String city, String industry) {
    }

    /**
     * A decision.
     *
     * @param ruleId     the rule that matched
     * @param userId     the user who gets the lead
     * @param nextCursor the rule's cursor after this assignment
     * @param deadline   when the first follow-up is due
     */
    public record Routing(long ruleId, long userId, int nextCursor, Instant deadline) {
    }

    /**
     * @param cursors the round-robin cursor of each rule by id (missing means 0): the index of the
     *                team member who gets the next lead
     * @return the routing, or empty when no rule matches
     */
    public Optional<Routing> route(LeadFacts lead, List<AssignmentRule> rules, Map<Long, Integer> cursors, Instant now) {
        return rules.stream()
                .sorted(Comparator.comparingInt(AssignmentRule::order).thenComparingLong(AssignmentRule::id))
                .filter(rule -> !rule.userIds().isEmpty() && matches(rule, lead))
                .findFirst()
                .map(rule -> {
                    int size = rule.userIds().size();
                    int cursor = Math.floorMod(cursors.getOrDefault(rule.id(), 0), size);
                    return new Routing(rule.id(), rule.userIds().get(cursor), (cursor + 1) % size,
                            now.plus(Duration.ofHours(rule.followUpHours())));
                });
    }

    static boolean matches(AssignmentRule rule, LeadFacts lead) {
        return switch (rule.type()) {
            case ANY -> true;
            case REGION -> sameRegion(rule.value(), lead.province()) || sameRegion(rule.value(), lead.city());
            case INDUSTRY -> rule.value() != null && lead.industry() != null
                    && rule.value().trim().equalsIgnoreCase(lead.industry().trim());
        };
    }

    private static boolean sameRegion(String ruleValue, String leadValue) {
        if (ruleValue == null || leadValue == null || ruleValue.isBlank()) {
            return false;
        }
        return RegionNames.bare(ruleValue).equals(RegionNames.bare(leadValue));
    }
}
