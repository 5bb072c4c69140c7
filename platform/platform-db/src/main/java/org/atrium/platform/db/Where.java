package org.atrium.platform.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.Query;

import org.atrium.platform.api.security.ScopeFilter;

/**
 * Builds the WHERE part of a JPQL query from optional conditions and binds their parameters, with the
 * platform's data scope ({@link ScopeFilter}) as one more condition, so that every module filters its
 * queries by scope the same way.
 */
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
     * Restricts rows to a data scope: {@code wholeGroup}, or the unit condition on {@code :scopeUnits},
     * or the owner path equal to the user when own records are granted. An empty scope lets nothing through.
     *
     * @param unitCondition a condition on {@code :scopeUnits}, e.g. {@code x.ownerUnitId IN :scopeUnits}
     * @param ownerPath     the path of the owning user's id, e.g. {@code x.ownerUserId}
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
        conditions.add(alternatives.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", alternatives) + ")");
        return this;
    }

    /**
     * Like {@link #inScope(ScopeFilter, String, String)} for a second scope in the same query: the
     * parameters are {@code :scopeUnits<suffix>} and {@code :scopeMe<suffix>}.
     */
    public Where inScope(ScopeFilter scope, String unitCondition, String ownerPath, String suffix) {
        if (scope.wholeGroup()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        if (!scope.unitIds().isEmpty()) {
            alternatives.add(unitCondition);
            parameters.put("scopeUnits" + suffix, scope.unitIds());
        }
        if (scope.ownRecords()) {
            alternatives.add(ownerPath + " = :scopeMe" + suffix);
            parameters.put("scopeMe" + suffix, scope.userId());
        }
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

    /** @return the text escaped for LIKE with {@code ESCAPE '\'}, lower-cased */
    public static String escape(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** @return whether the text is null or blank */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** @return a LIKE pattern for "contains, case-insensitive", with wildcards in the text escaped */
    public static String containsPattern(String text) {
        return "%" + escape(text) + "%";
    }

    /** @return whether the collection is empty or null */
    public static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }
}
