package org.atrium.crm.api.lead;

import java.util.List;

/**
 * A lead assignment rule (线索分配规则). Rules are tried in order; the first that matches a lead
 * assigns it round-robin among the rule's users and sets the follow-up deadline.
 *
 * @param id                 the rule's id, {@code 0} for a new rule
 * @param order              position, lower first
 * @param type               what the rule matches on
 * @param value              the province, city or industry to match (ignored for {@link AssignmentRuleType#ANY})
 * @param userIds            the team the leads go to, in round-robin order; not empty
 * @param followUpHours      hours from assignment until the first follow-up is due, 1 to 720
 */
public record AssignmentRule(long id, int order, AssignmentRuleType type, String value, List<Long> userIds,
        int followUpHours) {

    public AssignmentRule {
        userIds = List.copyOf(userIds);
    }
}
