package org.atrium.platform.core.internal.audit;

import java.time.Instant;
import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditEntry;
import org.atrium.platform.api.audit.AuditQuery;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.persistence.AuditEntity;
import org.atrium.platform.db.Where;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log. Each entry keeps the actor's primary unit, so that {@code platform.audit.view}
 * is scoped like any other permission: a subsidiary's auditor sees what its own people did.
 */
@Component(service = {AuditService.class, AuditServiceImpl.class})
public final class AuditServiceImpl implements AuditService {

    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private static final int MAX_TEXT = 4000;

    private final PlatformStore store;
    private final AccessServiceImpl access;

    @Activate
    public AuditServiceImpl(@Reference PlatformStore store, @Reference AccessServiceImpl access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public void record(UserContext actor, String action, String targetType, String targetId, String detail) {
        record(actor == null ? null : actor.userId(), actor == null ? null : actor.login(),
                actor == null ? null : actor.primaryUnitId(), action, targetType, targetId, detail, null);
    }

    /** Appends an entry with every field; commits on its own and never throws. */
    public void record(Long actorId, String actorLogin, Long actorUnitId, String action, String targetType,
            String targetId, String detail, String remoteAddress) {
        try {
            AuditEntity entry = new AuditEntity(Instant.now(), actorId, cut(actorLogin, 64), actorUnitId, action,
                    targetType, cut(targetId, 64), cut(detail, MAX_TEXT), cut(remoteAddress, 64));
            store.jpa().run(em -> em.persist(entry));
        } catch (RuntimeException e) {
            LOG.error("Could not write audit entry {} by {} on {} {}: {}", action, actorLogin, targetType, targetId,
                    detail, e);
        }
    }

    @Override
    public List<AuditEntry> search(UserContext caller, AuditQuery query, PageRequest page) {
        Where where = where(caller, query);
        return store.jpa().read(em -> where.bind(em.createQuery(
                "SELECT a FROM AuditEntity a" + where.clause() + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntity.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(AuditEntity::toEntry).toList());
    }

    @Override
    public int count(UserContext caller, AuditQuery query) {
        Where where = where(caller, query);
        return store.jpa().read(em -> where.bind(em.createQuery(
                "SELECT COUNT(a) FROM AuditEntity a" + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    private Where where(UserContext caller, AuditQuery query) {
        ScopeFilter scope = access.scopeOf(caller, PlatformPermissions.AUDIT_VIEW);
        if (!scope.isGranted()) {
            throw access.denied(caller, PlatformPermissions.AUDIT_VIEW);
        }
        Where where = new Where().inScope(scope, "a.actorUnitId IN :scopeUnits", "a.actorId");
        if (query.text() != null && !query.text().isBlank()) {
            where.and("LOWER(a.actorLogin) LIKE :text ESCAPE '\\' OR LOWER(a.targetId) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(a.targetType) LIKE :text ESCAPE '\\' OR LOWER(a.detail) LIKE :text ESCAPE '\\'",
                    "text", Where.containsPattern(query.text()));
        }
        if (query.actionPrefix() != null && !query.actionPrefix().isBlank()) {
            where.and("a.action LIKE :prefix ESCAPE '\\'", "prefix",
                    query.actionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            where.and("a.occurredAt >= :from", "from", query.from());
        }
        if (query.to() != null) {
            where.and("a.occurredAt < :to", "to", query.to());
        }
        return where;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
