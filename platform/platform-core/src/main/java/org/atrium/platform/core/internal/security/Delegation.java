package org.atrium.platform.core.internal.security;

import java.util.List;

import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.org.OrgTree;

/**
 * Whether a caller may hand a role to someone: only when the caller holds every permission of the
 * role at least as far, so that a subsidiary admin cannot mint a group-wide administrator. Holders
 * of {@code platform.role.manage} may hand out any role: they can rewrite any role anyway.
 */
public final class Delegation {

    private final ScopeResolver resolver;

    public Delegation(ScopeResolver resolver) {
        this.resolver = resolver;
    }

    /** @return whether every grant lies within the caller's own reach */
    public boolean mayDelegate(UserContext caller, List<Grant> grants, OrgTree tree) {
        if (resolver.scopeOf(caller.userId(), PlatformPermissions.ROLE_MANAGE).isGranted()) {
            return true;
        }
        return grants.stream().allMatch(g -> covers(caller, g, tree));
    }

    private boolean covers(UserContext caller, Grant grant, OrgTree tree) {
        ScopeFilter mine = resolver.scopeOf(caller.userId(), grant.permission());
        if (!mine.isGranted()) {
            return false;
        }
        if (mine.wholeGroup()) {
            return true;
        }
        return switch (grant.scope()) {
            case GROUP -> false;
            case OWN -> true;
            case CUSTOM -> grant.customUnitIds().stream().allMatch(u -> mine.unitIds().containsAll(tree.subtree(u)));
            default -> rank(grant.scope()) <= widestRelativeScope(caller, grant.permission());
        };
    }

    private int widestRelativeScope(UserContext caller, String permission) {
        return resolver.grantsOf(caller.userId()).getOrDefault(permission, List.of()).stream()
                .filter(g -> g.scope() != DataScope.CUSTOM).mapToInt(g -> rank(g.scope())).max().orElse(-1);
    }

    private static int rank(DataScope scope) {
        return switch (scope) {
            case OWN -> 0;
            case DEPARTMENT -> 1;
            case DEPARTMENT_AND_BELOW -> 2;
            case COMPANY -> 3;
            case GROUP -> 4;
            case CUSTOM -> -1;
        };
    }
}
