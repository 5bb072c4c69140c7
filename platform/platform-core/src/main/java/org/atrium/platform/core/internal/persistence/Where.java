package org.atrium.platform.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.Query;

import org.atrium.platform.api.security.ScopeFilter;

/** Builds the WHERE part of a JPQL query from optional conditions and binds their parameters. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition and the parameters it uses, as name/value pairs. */
    public Where and(String condition, Object... namesAndValues) {
        conditions.add("(" + condition + ")");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /**
     * Restricts rows to a data scope.
     *
     * @param unitCondition a condition on {@code :scopeUnits}, e.g. {@code x.unitId IN :scopeUnits}
     * @param ownerPath     the path of the owning user's id, e.g. {@code x.ownerId}
     */
    public Where inScope(ScopeFilter scope, String unitCondition, String ownerPath) {
        if (scope.wholeGroup()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.unitIds().isEmpty()) {
            alternatives.add(unitCondition);
            parameters.put("scopeUnits", scope.unitIds());
        }
        if (scope.ownRecords()) {
            alternatives.add(ownerPath + " = :scopeMe");
            parameters.put("scopeMe", scope.userId());
        }
        // an empty scope lets nothing through
        conditions.add(alternatives.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", alternatives) + ")");
        return this;
    }

    /** @return the conditions as {@code " WHERE ..."}, or {@code ""} */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds every parameter to the query. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** @return a LIKE pattern for "contains, case-insensitive", with wildcards in the text escaped */
    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** @return whether the collection is empty or null */
    public static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }
}
