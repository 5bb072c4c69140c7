package org.atrium.platform.core.internal.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.org.OrgTree;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.RoleGrantEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Resolves permissions and data scopes. A user's posts and grants are loaded once and kept until a
 * change to users or roles invalidates them; resolved filters are kept per org tree snapshot, so a
 * moved unit is reflected at once. Runs on every scoped list query, hence the caching.
 */
@Component(service = ScopeResolver.class)
public final class ScopeResolver {

    private final PlatformStore store;
    private final OrgTreeCache orgTree;
    private final Map<Long, Subject> subjects = new ConcurrentHashMap<>();

    @Activate
    public ScopeResolver(@Reference PlatformStore store, @Reference OrgTreeCache orgTree) {
        this.store = store;
        this.orgTree = orgTree;
    }

    /** @return the rows the user reaches with the permission; none for unknown or disabled users */
    public ScopeFilter scopeOf(long userId, String permission) {
        Subject subject = subject(userId);
        OrgTree tree = orgTree.tree();
        Resolved resolved = subject.resolved;
        if (resolved == null || resolved.tree != tree) {
            resolved = new Resolved(tree);
            subject.resolved = resolved;
        }
        return resolved.filters.computeIfAbsent(permission, p -> resolve(subject, tree, p));
    }

    /** @return the units of the user's posts, primary and part-time */
    public Set<Long> postUnits(long userId) {
        return subject(userId).postUnitIds;
    }

    /** @return the user's grants by permission, from all roles */
    public Map<String, List<Grant>> grantsOf(long userId) {
        return subject(userId).grants;
    }

    /** Forgets what is known about one user (posts, roles, enabled flag changed). */
    public void invalidateUser(long userId) {
        subjects.remove(userId);
    }

    /** Forgets everything (a role's grants changed). */
    public void invalidateAll() {
        subjects.clear();
    }

    private Subject subject(long userId) {
        Subject cached = subjects.get(userId);
        if (cached != null) {
            return cached;
        }
        Subject loaded = load(userId);
        subjects.put(userId, loaded);
        return loaded;
    }

    private Subject load(long userId) {
        return store.jpa().read(em -> {
            List<Boolean> enabled = em.createQuery("SELECT u.enabled FROM UserEntity u WHERE u.id = :id", Boolean.class)
                    .setParameter("id", userId).getResultList();
            if (enabled.isEmpty() || !enabled.get(0)) {
                return new Subject(userId, Set.of(), Map.of());
            }
            Set<Long> units = new HashSet<>(em.createQuery(
                    "SELECT p.unitId FROM PostEntity p WHERE p.userId = :id", Long.class)
                    .setParameter("id", userId).getResultList());
            Map<String, List<Grant>> grants = new HashMap<>();
            em.createQuery("SELECT g FROM RoleGrantEntity g, UserRoleEntity ur "
                    + "WHERE ur.roleId = g.roleId AND ur.userId = :id", RoleGrantEntity.class)
                    .setParameter("id", userId).getResultList()
                    .stream().map(RoleGrantEntity::toGrant)
                    .forEach(g -> grants.computeIfAbsent(g.permission(), k -> new ArrayList<>()).add(g));
            return new Subject(userId, Set.copyOf(units), Map.copyOf(grants));
        });
    }

    private static ScopeFilter resolve(Subject subject, OrgTree tree, String permission) {
        List<Grant> grants = subject.grants.getOrDefault(permission, List.of());
        if (grants.isEmpty()) {
            return ScopeFilter.none(permission, subject.userId);
        }
        boolean wholeGroup = false;
        Set<Long> units = new HashSet<>();
        for (Grant grant : grants) {
            wholeGroup |= grant.scope() == DataScope.GROUP;
            units.addAll(unitsOf(grant, subject.postUnitIds, tree));
        }
        // every scope includes the user's own records (本部门 contains 本人)
        return new ScopeFilter(permission, subject.userId, wholeGroup, units, true);
    }

    /** @return the units a grant reaches for a user with posts in {@code postUnits} */
    static Set<Long> unitsOf(Grant grant, Set<Long> postUnits, OrgTree tree) {
        Set<Long> units = new HashSet<>();
        switch (grant.scope()) {
            case OWN, GROUP -> {
                // OWN: only the owner check; GROUP: the whole-group flag
            }
            case DEPARTMENT -> postUnits.stream().filter(tree::contains).forEach(units::add);
            case DEPARTMENT_AND_BELOW -> postUnits.forEach(u -> units.addAll(tree.subtree(u)));
            case COMPANY -> postUnits.forEach(u -> tree.companyOf(u).ifPresent(c -> units.addAll(tree.subtree(c.id()))));
            case CUSTOM -> grant.customUnitIds().forEach(u -> units.addAll(tree.subtree(u)));
        }
        return units;
    }

    /** What is known of one user. */
    private static final class Subject {
        final long userId;
        final Set<Long> postUnitIds;
        final Map<String, List<Grant>> grants;
        volatile Resolved resolved;

        Subject(long userId, Set<Long> postUnitIds, Map<String, List<Grant>> grants) {
            this.userId = userId;
            this.postUnitIds = postUnitIds;
            this.grants = grants;
        }
    }

    /** Filters resolved against one tree snapshot. */
    private static final class Resolved {
        final OrgTree tree;
        final Map<String, ScopeFilter> filters = new ConcurrentHashMap<>();

        Resolved(OrgTree tree) {
            this.tree = tree;
        }
    }
}
