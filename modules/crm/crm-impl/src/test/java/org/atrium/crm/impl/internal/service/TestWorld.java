package org.atrium.crm.impl.internal.service;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atrium.crm.impl.internal.customer.CustomerConfig;
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
 * A small group: HQ (1) with subsidiary A (10, sales dept 11) and subsidiary B (20, sales dept 21).
 * Users: {@link #ADMIN} (whole group), {@link #A_MANAGER} and {@link #A_REP} in A's sales dept,
 * {@link #B_MANAGER} in B's, {@link #A_OWN} in A's with own records only, {@link #NOBODY} without
 * CRM permissions. Every user holds every CRM permission with its scope (NOBODY none).
 */
public final class TestWorld {

    public static final long HQ = 1, A = 10, A_SALES = 11, B = 20, B_SALES = 21;
    public static final UserContext ADMIN = user(1, "admin", "管理员", HQ);
    public static final UserContext A_MANAGER = user(100, "zhangwei", "张伟", A_SALES);
    public static final UserContext A_REP = user(101, "lina", "李娜", A_SALES);
    public static final UserContext A_OWN = user(102, "wangfang", "王芳", A_SALES);
    public static final UserContext B_MANAGER = user(200, "liuyang", "刘洋", B_SALES);
    public static final UserContext B_REP = user(201, "chenjing", "陈静", B_SALES);
    public static final UserContext NOBODY = user(300, "guest", "访客", A_SALES);

    public final AccessService access = new ScopedAccess();
    public final AuditService audit = mock(AuditService.class);
    public final OrgService org = mock(OrgService.class);
    public final UserService users = mock(UserService.class);
    public final Map<Long, OrgUnit> units = new HashMap<>();

    public TestWorld() {
        unit(HQ, null, "集团总部", OrgUnitType.GROUP);
        unit(A, HQ, "华东子公司", OrgUnitType.SUBSIDIARY);
        unit(A_SALES, A, "华东销售部", OrgUnitType.DEPARTMENT);
        unit(B, HQ, "华南子公司", OrgUnitType.SUBSIDIARY);
        unit(B_SALES, B, "华南销售部", OrgUnitType.DEPARTMENT);
        when(org.unit(anyLong())).thenAnswer(i -> Optional.ofNullable(units.get((Long) i.getArgument(0))));
        when(org.companyOf(anyLong())).thenAnswer(i -> {
            OrgUnit u = units.get((Long) i.getArgument(0));
            while (u.type() == OrgUnitType.DEPARTMENT) {
                u = units.get(u.parentId());
            }
            return u;
        });
        when(org.subtreeIds(anyLong())).thenAnswer(i -> subtree(i.getArgument(0)));
        for (UserContext u : List.of(ADMIN, A_MANAGER, A_REP, A_OWN, B_MANAGER, B_REP, NOBODY)) {
            when(users.summary(u.userId())).thenReturn(Optional.of(new UserSummary(u.userId(), u.login(),
                    u.displayName(), u.primaryUnitId(), units.get(u.primaryUnitId()).name(), null, null, null, true)));
        }
    }

    private void unit(long id, Long parent, String name, OrgUnitType type) {
        units.put(id, new OrgUnit(id, parent, "U" + id, name, type, null, 0, parent == null ? 0 : 1));
    }

    public Set<Long> subtree(long id) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        out.add(id);
        for (OrgUnit u : units.values()) {
            if (u.parentId() != null && u.parentId() == id) {
                out.addAll(subtree(u.id()));
            }
        }
        return out;
    }

    public static UserContext user(long id, String login, String name, long unit) {
        return new UserContext(id, login, name, unit, Locale.SIMPLIFIED_CHINESE);
    }

    public static CustomerConfig config() {
        return new CustomerConfig() {
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return CustomerConfig.class; }
            @Override public String codePattern() { return "C{yyyy}{seq:6}"; }
            @Override public double similarityThreshold() { return 0.8; }
        };
    }

    /** Resolves each test user's scope as the platform would for their role. */
    class ScopedAccess implements AccessService {
        @Override
        public ScopeFilter scopeOf(UserContext user, String permission) {
            long id = user.userId();
            if (id == ADMIN.userId()) {
                return new ScopeFilter(permission, id, true, Set.of(), true);
            }
            if (id == A_MANAGER.userId() || id == A_REP.userId()) {
                return new ScopeFilter(permission, id, false, subtree(A), true);
            }
            if (id == B_MANAGER.userId() || id == B_REP.userId()) {
                return new ScopeFilter(permission, id, false, subtree(B), true);
            }
            if (id == A_OWN.userId()) {
                return new ScopeFilter(permission, id, false, Set.of(), true);
            }
            return ScopeFilter.none(permission, id);
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
