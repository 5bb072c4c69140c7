package org.atrium.crm.impl.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.lead.AssignmentRule;
import org.atrium.crm.api.lead.AssignmentRuleType;
import org.atrium.crm.impl.internal.lead.LeadRouter.LeadFacts;
import org.atrium.crm.impl.internal.lead.LeadRouter.Routing;
import org.junit.jupiter.api.Test;

class LeadRouterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private final LeadRouter router = new LeadRouter();
    private final List<AssignmentRule> rules = List.of(
            new AssignmentRule(3, 30, AssignmentRuleType.ANY, null, List.of(900L), 72),
            new AssignmentRule(1, 10, AssignmentRuleType.REGION, "广东省", List.of(101L, 102L, 103L), 24),
            new AssignmentRule(2, 20, AssignmentRuleType.INDUSTRY, "钢铁", List.of(201L), 48));

    @Test
    void regionRuleMatchesProvinceWithOrWithoutSuffix() {
        Routing r = router.route(new LeadFacts("广东", "深圳市", null), rules, Map.of(), NOW).orElseThrow();
        assertThat(r.ruleId()).isEqualTo(1);
        assertThat(r.userId()).isEqualTo(101);
        assertThat(r.deadline()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void regionRuleMatchesCity() {
        List<AssignmentRule> cityRules = List.of(new AssignmentRule(5, 1, AssignmentRuleType.REGION, "苏州", List.of(7L), 8));
        assertThat(router.route(new LeadFacts("江苏省", "苏州市", null), cityRules, Map.of(), NOW))
                .map(Routing::userId).contains(7L);
        assertThat(router.route(new LeadFacts("江苏省", "南京市", null), cityRules, Map.of(), NOW)).isEmpty();
    }

    @Test
    void rulesAreTriedInOrderAndCatchAllIsLast() {
        assertThat(router.route(new LeadFacts("广东省", null, "钢铁"), rules, Map.of(), NOW))
                .map(Routing::ruleId).contains(1L);
        assertThat(router.route(new LeadFacts("浙江省", null, "钢铁"), rules, Map.of(), NOW))
                .map(Routing::ruleId).contains(2L);
        assertThat(router.route(new LeadFacts("浙江省", null, "物流"), rules, Map.of(), NOW))
                .map(Routing::userId).contains(900L);
        assertThat(router.route(new LeadFacts(null, null, null), rules.subList(1, 3), Map.of(), NOW)).isEmpty();
    }

    @Test
    void roundRobinCyclesThroughTheTeam() {
        Map<Long, Integer> cursors = new HashMap<>();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            Routing r = router.route(new LeadFacts("广东省", null, null), rules, cursors, NOW).orElseThrow();
            order.append(r.userId()).append(' ');
            cursors.put(r.ruleId(), r.nextCursor());
        }
        assertThat(order.toString().trim()).isEqualTo("101 102 103 101 102 103 101");
    }

    @Test
    void staleCursorBeyondAShrunkTeamWraps() {
        Routing r = router.route(new LeadFacts("广东省", null, null), rules, Map.of(1L, 7), NOW).orElseThrow();
        assertThat(r.userId()).isEqualTo(102);
        assertThat(r.nextCursor()).isEqualTo(2);
    }

    @Test
    void ruleWithoutUsersIsSkipped() {
        List<AssignmentRule> withEmpty = List.of(
                new AssignmentRule(1, 1, AssignmentRuleType.ANY, null, List.of(), 24),
                new AssignmentRule(2, 2, AssignmentRuleType.ANY, null, List.of(5L), 24));
        assertThat(router.route(new LeadFacts(null, null, null), withEmpty, Map.of(), NOW)).map(Routing::userId)
                .contains(5L);
    }
}
