package org.atrium.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.atrium.platform.api.security.ScopeFilter;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void conditionsJoinWithAndAndScopeAlternativesWithOr() {
        Where where = new Where().and("c.province = :province", "province", "江苏")
                .inScope(new ScopeFilter("crm.customer.view", 7, false, Set.of(11L), true), "c.ownerUnitId IN :scopeUnits",
                        "c.ownerUserId");
        assertThat(where.clause())
                .isEqualTo(" WHERE (c.province = :province) AND (c.ownerUnitId IN :scopeUnits OR c.ownerUserId = :scopeMe)");
    }

    @Test
    void emptyWhereHasNoClause() {
        assertThat(new Where().clause()).isEmpty();
        assertThat(new Where().inScope(new ScopeFilter("x", 7, false, Set.of(), false), "u IN :scopeUnits", "o")
                .clause()).isEqualTo(" WHERE (1 = 0)");
    }
}
