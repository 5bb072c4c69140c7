package org.atrium.platform.api.security;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one place that answers "may this user do that, and on which rows". Every module calls it
 * in its services — to filter queries with {@link #scopeOf} and to check actions with
 * {@link #checkRecord} — never only in the UI.
 */
@ProviderType
public interface AccessService {

    /** @return whether the user holds the permission with any scope */
    boolean isPermitted(UserContext user, String permission);

    /**
     * @throws org.atrium.platform.api.AccessDeniedException when the user does not hold the
     *         permission with any scope
     */
    void checkPermitted(UserContext user, String permission);

    /** @return the rows the user reaches with this permission; never {@code null} */
    ScopeFilter scopeOf(UserContext user, String permission);

    /**
     * Checks an action on one row.
     *
     * @param ownerUnitId the org unit that owns the row
     * @param ownerUserId the user who owns the row, or {@code null}
     * @throws org.atrium.platform.api.AccessDeniedException when the row lies outside the scope
     *         of the permission
     */
    void checkRecord(UserContext user, String permission, long ownerUnitId, Long ownerUserId);
}
