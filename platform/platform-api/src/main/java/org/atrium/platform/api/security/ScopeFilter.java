package org.atrium.platform.api.security;

import java.util.Collection;
import java.util.Set;

/**
 * The rows a user may see or act on for one permission, resolved from all of the user's roles. A
 * row is inside when the whole group is granted, or its owning unit is in {@link #unitIds()}, or
 * its owner is the user and {@link #ownRecords()} holds.
 *
 * <p>Modules translate it into their queries, e.g.
 * {@code WHERE :all = TRUE OR owner_unit_id IN :units OR (:own = TRUE AND owner_user_id = :me)}
 * (an empty unit set must be written as an always-false condition).
 *
 * @param permission the permission it was resolved for
 * @param userId     the user it was resolved for
 * @param wholeGroup whether every row is inside
 * @param unitIds    ids of the org units whose rows are inside (subtrees already expanded)
 * @param ownRecords whether rows owned by the user are inside
 */
public record ScopeFilter(String permission, long userId, boolean wholeGroup, Set<Long> unitIds, boolean ownRecords) {

    public ScopeFilter {
        unitIds = Set.copyOf(unitIds);
    }

    /** @return a filter that lets no row through: the permission is not granted at all */
    public static ScopeFilter none(String permission, long userId) {
        return new ScopeFilter(permission, userId, false, Set.of(), false);
    }

    /** @return whether the permission is granted with any scope */
    public boolean isGranted() {
        return wholeGroup || ownRecords || !unitIds.isEmpty();
    }

    /**
     * @param ownerUnitId the org unit that owns the row
     * @param ownerUserId the user who owns the row, or {@code null}
     * @return whether the row is inside this scope
     */
    public boolean permits(long ownerUnitId, Long ownerUserId) {
        return wholeGroup
                || unitIds.contains(ownerUnitId)
                || (ownRecords && ownerUserId != null && ownerUserId == userId);
    }

    /** @return whether any of the given units is inside this scope */
    public boolean permitsAnyUnit(Collection<Long> candidateUnitIds) {
        return wholeGroup || candidateUnitIds.stream().anyMatch(unitIds::contains);
    }
}
