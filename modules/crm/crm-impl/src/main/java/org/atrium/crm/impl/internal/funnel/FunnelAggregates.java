package org.atrium.crm.impl.internal.funnel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.platform.db.Where;

/**
 * The funnel's three GROUP BY queries over {@code CRM_OPPORTUNITY}, one {@link FunnelTally} per group
 * key: stage sums (key, status, stage), reached histogram (key, reached order) and month sums (key,
 * year, month, status, with Σ amount × probability joined from the pipeline). Only the sums leave the
 * database, never the opportunities.
 *
 * <p>Year and month come from the JDBC escape functions {@code {fn YEAR(..)}} and {@code {fn MONTH(..)}},
 * which both Derby and the PostgreSQL driver translate (JPQL {@code EXTRACT} is not rendered for Derby).
 */
public final class FunnelAggregates {

    private static final String YEAR = "SQL('{fn YEAR(?)}', o.expectedClose)";
    private static final String MONTH = "SQL('{fn MONTH(?)}', o.expectedClose)";

    private FunnelAggregates() {
    }

    /**
     * Runs the queries.
     *
     * @param where the scope and report filters on alias {@code o}; not changed
     * @param key   the group key path ({@code o.ownerUserId} or {@code o.ownerUnitId}), or {@code null}
     *              for one group (key {@code null} in the map)
     * @return the tally of each group key, in no particular order
     */
    public static Map<Long, FunnelTally> tally(EntityManager em, Where where, String key) {
        Map<Long, FunnelTally> out = new LinkedHashMap<>();
        String keySelect = key == null ? "" : key + ", ";
        String keyGroup = key == null ? "" : key + ", ";
        int k = key == null ? 0 : 1;

        for (Object[] r : where.bind(em.createQuery("SELECT " + keySelect + "o.status, o.stageCode, COUNT(o), "
                + "SUM(o.amount) FROM OpportunityEntity o" + where.clause() + " GROUP BY " + keyGroup
                + "o.status, o.stageCode", Object[].class)).getResultList()) {
            group(out, r, key).addStage((OpportunityStatus) r[k], (String) r[k + 1], count(r[k + 2]),
                    decimal(r[k + 3]));
        }
        for (Object[] r : where.bind(em.createQuery("SELECT " + keySelect + "o.reachedOrder, COUNT(o) "
                + "FROM OpportunityEntity o" + where.clause() + " GROUP BY " + keyGroup + "o.reachedOrder",
                Object[].class)).getResultList()) {
            group(out, r, key).addReached(((Number) r[k]).intValue(), count(r[k + 1]));
        }
        String monthWhere = (where.clause().isEmpty() ? " WHERE " : where.clause() + " AND ")
                + "s.code = o.stageCode AND o.status <> :lostStatus AND o.expectedClose IS NOT NULL";
        for (Object[] r : where.bind(em.createQuery("SELECT " + keySelect + YEAR + ", " + MONTH + ", o.status, "
                + "COUNT(o), SUM(o.amount), SUM(o.amount * s.probability) FROM OpportunityEntity o, StageEntity s"
                + monthWhere + " GROUP BY " + keyGroup + YEAR + ", " + MONTH + ", o.status", Object[].class))
                .setParameter("lostStatus", OpportunityStatus.LOST).getResultList()) {
            YearMonth month = YearMonth.of(((Number) r[k]).intValue(), ((Number) r[k + 1]).intValue());
            group(out, r, key).addMonth(month, (OpportunityStatus) r[k + 2], count(r[k + 3]), decimal(r[k + 4]),
                    decimal(r[k + 5]));
        }
        return out;
    }

    private static FunnelTally group(Map<Long, FunnelTally> out, Object[] row, String key) {
        Long id = key == null ? null : ((Number) row[0]).longValue();
        return out.computeIfAbsent(id, i -> new FunnelTally());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
