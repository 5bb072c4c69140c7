package org.atrium.bench.crm;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;

/**
 * The group the benchmark data belongs to: headquarters (1), four subsidiaries (10, 20, 30, 40), each
 * with two sales departments (11, 12, 21 …), {@link #REPS} sales reps (ids 1000…) spread over the
 * departments. The measuring user is the manager of subsidiary 10: the usual data scope of a sales
 * manager (own subsidiary and below, plus own records), so every query carries its scope condition.
 * Audit, org and user directories are Mockito stand-ins, as in crm-impl's own service tests.
 */
final class BenchWorld {

    static final long HQ = 1;
    static final long[] SUBSIDIARIES = {10, 20, 30, 40};
    static final long[] DEPARTMENTS = {11, 12, 21, 22, 31, 32, 41, 42};
    static final int REPS = 200;
    static final long FIRST_REP = 1000;
    static final UserContext MANAGER = new UserContext(900, "bench.manager", "华东经理", 11, Locale.SIMPLIFIED_CHINESE);

    final Map<Long, OrgUnit> units = new HashMap<>();
    final AuditService audit = mock(AuditService.class);
    final OrgService org = mock(OrgService.class);
    final UserService users = mock(UserService.class);
    final AccessService access = new Access();

    BenchWorld() {
        unit(HQ, null, "集团总部", OrgUnitType.GROUP);
        String[] regions = {"华东", "华南", "华北", "西南"};
        for (int s = 0; s < SUBSIDIARIES.length; s++) {
            unit(SUBSIDIARIES[s], HQ, regions[s] + "子公司", OrgUnitType.SUBSIDIARY);
            unit(SUBSIDIARIES[s] + 1, SUBSIDIARIES[s], regions[s] + "销售一部", OrgUnitType.DEPARTMENT);
            unit(SUBSIDIARIES[s] + 2, SUBSIDIARIES[s], regions[s] + "销售二部", OrgUnitType.DEPARTMENT);
        }
        when(org.unit(anyLong())).thenAnswer(i -> Optional.ofNullable(units.get((Long) i.getArgument(0))));
        when(org.companyOf(anyLong())).thenAnswer(i -> {
            OrgUnit u = units.get((Long) i.getArgument(0));
            while (u != null && u.type() == OrgUnitType.DEPARTMENT) {
                u = units.get(u.parentId());
            }
            return u;
        });
        when(org.subtreeIds(anyLong())).thenAnswer(i -> subtree(i.getArgument(0)));
        when(users.summary(anyLong())).thenAnswer(i -> {
            long id = i.getArgument(0);
            long unit = id == MANAGER.userId() ? MANAGER.primaryUnitId() : repUnit(id);
            return Optional.of(new UserSummary(id, "u" + id, "销售" + id, unit, units.get(unit).name(), null, null,
                    null, true));
        });
    }

    /** @return the department of a rep (ids {@link #FIRST_REP}…) */
    static long repUnit(long userId) {
        return DEPARTMENTS[(int) ((userId - FIRST_REP) % DEPARTMENTS.length)];
    }

    private void unit(long id, Long parent, String name, OrgUnitType type) {
        units.put(id, new OrgUnit(id, parent, "U" + id, name, type, null, 0, parent == null ? 0 : 1));
    }

    Set<Long> subtree(long id) {
        Set<Long> out = new HashSet<>();
        out.add(id);
        for (OrgUnit u : units.values()) {
            if (u.parentId() != null && u.parentId() == id) {
                out.addAll(subtree(u.id()));
            }
        }
        return out;
    }

    /** @return the component's configuration with every default of the annotation, as DS gives it */
    static <T> T defaults(Class<T> config) {
        return mock(config, invocation -> invocation.getMethod().getDefaultValue());
    }

    /** The manager sees and may do everything in subsidiary 10 and below, and their own records. */
    final class Access implements AccessService {
        @Override
        public ScopeFilter scopeOf(UserContext user, String permission) {
            if (user.userId() == MANAGER.userId()) {
                return new ScopeFilter(permission, user.userId(), false, subtree(SUBSIDIARIES[0]), true);
            }
            return ScopeFilter.none(permission, user.userId());
        }

        @Override
        public boolean isPermitted(UserContext user, String permission) {
            return scopeOf(user, permission).isGranted();
        }

        @Override
        public void checkPermitted(UserContext user, String permission) {
            if (!isPermitted(user, permission)) {
                throw new AccessDeniedException(permission, "denied");
            }
        }

        @Override
        public void checkRecord(UserContext user, String permission, long ownerUnitId, Long ownerUserId) {
            if (!scopeOf(user, permission).permits(ownerUnitId, ownerUserId)) {
                throw new AccessDeniedException(permission, "denied");
            }
        }
    }
}
