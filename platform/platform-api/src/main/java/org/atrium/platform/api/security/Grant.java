package org.atrium.platform.api.security;

import java.util.Set;

/**
 * One permission granted by a role, with its reach.
 *
 * @param permission    the permission id
 * @param scope         the data scope
 * @param customUnitIds for {@link DataScope#CUSTOM}, the units (with their subtrees); empty
 *                      otherwise
 */
public record Grant(String permission, DataScope scope, Set<Long> customUnitIds) {

    public Grant {
        customUnitIds = Set.copyOf(customUnitIds);
    }

    /** @return a grant with a scope other than {@link DataScope#CUSTOM} */
    public static Grant of(String permission, DataScope scope) {
        return new Grant(permission, scope, Set.of());
    }
}
