package org.atrium.platform.core.internal.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.portal.DashboardLayoutService;
import org.atrium.platform.api.portal.LayoutScope;
import org.atrium.platform.api.portal.PortletPlacement;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.DashboardLayoutEntity;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dashboard layouts: personal, per role, per company, group default. Company layouts need
 * {@code platform.portal.manage} reaching the company; role and group layouts need it group-wide.
 */
@Component(service = DashboardLayoutService.class)
public final class DashboardLayoutServiceImpl implements DashboardLayoutService {

    private static final String USER = "USER";
    private static final String ROLE = "ROLE";
    private static final String COMPANY = "COMPANY";
    private static final String GROUP = "GROUP";

    private final PlatformStore store;
    private final OrgTreeCache orgTree;
    private final AccessServiceImpl access;
    private final AuditServiceImpl audit;
    private final Texts texts = new Texts();

    @Activate
    public DashboardLayoutServiceImpl(@Reference PlatformStore store, @Reference OrgTreeCache orgTree,
            @Reference AccessServiceImpl access, @Reference AuditServiceImpl audit) {
        this.store = store;
        this.orgTree = orgTree;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Optional<List<PortletPlacement>> layoutFor(UserContext user) {
        Optional<Long> company = orgTree.tree().companyOf(user.primaryUnitId()).map(OrgUnit::id);
        return store.jpa().read(em -> find(em, USER, user.userId())
                .or(() -> em.createQuery("SELECT l FROM DashboardLayoutEntity l, UserRoleEntity ur WHERE l.scopeKind = "
                        + ":k AND l.ownerId = ur.roleId AND ur.userId = :u ORDER BY l.ownerId", DashboardLayoutEntity.class)
                        .setParameter("k", ROLE).setParameter("u", user.userId()).setMaxResults(1).getResultList()
                        .stream().findFirst())
                .or(() -> company.flatMap(c -> find(em, COMPANY, c)))
                .or(() -> find(em, GROUP, 0L))
                .map(l -> parse(l.getPlacements())));
    }

    @Override
    public void saveUserLayout(UserContext user, List<PortletPlacement> placements) {
        save(USER, user.userId(), placements);
    }

    @Override
    public void resetUserLayout(UserContext user) {
        store.jpa().run(em -> em.createQuery("DELETE FROM DashboardLayoutEntity l WHERE l.scopeKind = :k AND l.ownerId = :o")
                .setParameter("k", USER).setParameter("o", user.userId()).executeUpdate());
    }

    @Override
    public Optional<List<PortletPlacement>> defaultLayout(LayoutScope scope) {
        String kind = kindOf(scope);
        long owner = ownerOf(scope);
        return store.jpa().read(em -> find(em, kind, owner).map(l -> parse(l.getPlacements())));
    }

    @Override
    public void saveDefaultLayout(UserContext admin, LayoutScope scope, List<PortletPlacement> placements) {
        String kind = kindOf(scope);
        if (COMPANY.equals(kind)) {
            OrgUnit unit = orgTree.tree().unit(scope.companyUnitId())
                    .filter(u -> u.type().isCompany())
                    .orElseThrow(() -> new ValidationException("companyUnitId", texts.get(admin.locale(), "org.notFound")));
            access.checkRecord(admin, PlatformPermissions.PORTAL_MANAGE, unit.id(), null);
        } else {
            access.checkWholeGroup(admin, PlatformPermissions.PORTAL_MANAGE);
        }
        save(kind, ownerOf(scope), placements);
        audit.record(admin, "portal.layout.save", "portal.layout", kind + ":" + ownerOf(scope), format(placements));
    }

    private void save(String kind, long owner, List<PortletPlacement> placements) {
        String text = format(placements);
        if (text.length() > 4000) {
            throw new IllegalArgumentException("too many portlets");
        }
        store.jpa().run(em -> find(em, kind, owner).ifPresentOrElse(l -> em.find(DashboardLayoutEntity.class,
                l.getId()).setPlacements(text), () -> em.persist(new DashboardLayoutEntity(kind, owner, text))));
    }

    private static Optional<DashboardLayoutEntity> find(EntityManager em, String kind, long owner) {
        return em.createQuery("SELECT l FROM DashboardLayoutEntity l WHERE l.scopeKind = :k AND l.ownerId = :o",
                DashboardLayoutEntity.class).setParameter("k", kind).setParameter("o", owner).getResultList()
                .stream().findFirst();
    }

    private static String kindOf(LayoutScope scope) {
        return scope.roleId() != null ? ROLE : scope.companyUnitId() != null ? COMPANY : GROUP;
    }

    private static long ownerOf(LayoutScope scope) {
        return scope.roleId() != null ? scope.roleId() : scope.companyUnitId() != null ? scope.companyUnitId() : 0L;
    }

    static String format(List<PortletPlacement> placements) {
        return placements.stream().sorted(Comparator.comparingInt(PortletPlacement::order))
                .map(p -> p.order() + "\t" + p.columns() + "\t" + p.portletId()).collect(Collectors.joining("\n"));
    }

    static List<PortletPlacement> parse(String text) {
        List<PortletPlacement> placements = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                placements.add(new PortletPlacement(parts[2], Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
            }
        }
        return List.copyOf(placements);
    }
}
