package org.atrium.platform.core.internal.notice;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.notice.ManagedAnnouncement;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.AnnouncementEntity;
import org.atrium.platform.core.internal.persistence.AnnouncementReadEntity;
import org.atrium.platform.db.Where;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.atrium.platform.core.internal.security.ScopeResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Announcements. A reader sees those targeted at any unit on the way from one of the reader's
 * posts up to the group; posting and withdrawing need {@code platform.notice.manage} reaching the
 * target unit, and managers list the announcements whose target unit they reach.
 */
@Component(service = AnnouncementService.class)
public final class AnnouncementServiceImpl implements AnnouncementService {

    private static final String MANAGE = PlatformPermissions.NOTICE_MANAGE;

    private final PlatformStore store;
    private final OrgTreeCache orgTree;
    private final ScopeResolver resolver;
    private final AccessServiceImpl access;
    private final AuditServiceImpl audit;
    private final Texts texts = new Texts();

    @Activate
    public AnnouncementServiceImpl(@Reference PlatformStore store, @Reference OrgTreeCache orgTree,
            @Reference ScopeResolver resolver, @Reference AccessServiceImpl access, @Reference AuditServiceImpl audit) {
        this.store = store;
        this.orgTree = orgTree;
        this.resolver = resolver;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public List<Announcement> list(UserContext reader, PageRequest page) {
        Set<Long> targets = audience(reader);
        if (targets.isEmpty()) {
            return List.of();
        }
        return store.jpa().read(em -> {
            List<AnnouncementEntity> rows = em.createQuery("SELECT a FROM AnnouncementEntity a WHERE a.withdrawn = :no "
                    + "AND a.targetUnitId IN :t ORDER BY a.publishedAt DESC, a.id DESC", AnnouncementEntity.class)
                    .setParameter("t", targets).setParameter("no", Boolean.FALSE).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            Set<Long> read = readBy(em, reader, rows.stream().map(AnnouncementEntity::getId).toList());
            return rows.stream().map(a -> toAnnouncement(a, read.contains(a.getId()))).toList();
        });
    }

    @Override
    public int count(UserContext reader) {
        Set<Long> targets = audience(reader);
        if (targets.isEmpty()) {
            return 0;
        }
        return store.jpa().read(em -> em.createQuery("SELECT COUNT(a) FROM AnnouncementEntity a WHERE "
                + "a.withdrawn = :no AND a.targetUnitId IN :t", Long.class)
                .setParameter("t", targets).setParameter("no", Boolean.FALSE).getSingleResult()).intValue();
    }

    @Override
    public List<ManagedAnnouncement> manageable(UserContext manager, PageRequest page) {
        Where where = manageWhere(manager);
        return store.jpa().read(em -> {
            List<Object[]> rows = where.bind(em.createQuery("SELECT a, o.name FROM AnnouncementEntity a, "
                    + "OrgUnitEntity o" + where.clause() + " ORDER BY a.publishedAt DESC, a.id DESC", Object[].class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Long> ids = rows.stream().map(r -> ((AnnouncementEntity) r[0]).getId()).toList();
            Map<Long, Integer> readers = new HashMap<>();
            em.createQuery("SELECT r.announcementId, COUNT(r) FROM AnnouncementReadEntity r "
                    + "WHERE r.announcementId IN :ids GROUP BY r.announcementId", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> readers.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
            Set<Long> read = readBy(em, manager, ids);
            return rows.stream().map(r -> {
                AnnouncementEntity a = (AnnouncementEntity) r[0];
                return new ManagedAnnouncement(toAnnouncement(a, read.contains(a.getId())), a.getTargetUnitId(),
                        (String) r[1], readers.getOrDefault(a.getId(), 0));
            }).toList();
        });
    }

    @Override
    public int countManageable(UserContext manager) {
        Where where = manageWhere(manager);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(a) FROM AnnouncementEntity a, "
                + "OrgUnitEntity o" + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    /** Announcements in force whose target unit the manager reaches, as {@link #withdraw} checks it. */
    private Where manageWhere(UserContext manager) {
        ScopeFilter scope = access.scopeOf(manager, MANAGE);
        if (!scope.isGranted()) {
            throw access.denied(manager, MANAGE);
        }
        Where where = new Where().and("o.id = a.targetUnitId").and("a.withdrawn = :no", "no", Boolean.FALSE);
        if (!scope.wholeGroup()) {
            // announcements have no owner here: withdraw checks the target unit only
            if (scope.unitIds().isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("a.targetUnitId IN :scopeUnits", "scopeUnits", scope.unitIds());
            }
        }
        return where;
    }

    @Override
    public int unreadCount(UserContext reader) {
        Set<Long> targets = audience(reader);
        if (targets.isEmpty()) {
            return 0;
        }
        return store.jpa().read(em -> em.createQuery("SELECT COUNT(a) FROM AnnouncementEntity a WHERE "
                + "a.withdrawn = :no AND a.targetUnitId IN :t AND NOT EXISTS (SELECT r FROM AnnouncementReadEntity r "
                + "WHERE r.announcementId = a.id AND r.userId = :u)", Long.class)
                .setParameter("t", targets).setParameter("no", Boolean.FALSE).setParameter("u", reader.userId()).getSingleResult()).intValue();
    }

    @Override
    public void markRead(UserContext reader, long announcementId) {
        Set<Long> targets = audience(reader);
        store.jpa().run(em -> {
            AnnouncementEntity announcement = em.find(AnnouncementEntity.class, announcementId);
            if (announcement == null || announcement.isWithdrawn() || !targets.contains(announcement.getTargetUnitId())) {
                throw new NotFoundException(texts.get(reader.locale(), "notice.notFound"));
            }
            boolean seen = !em.createQuery("SELECT r.id FROM AnnouncementReadEntity r WHERE r.announcementId = :a "
                    + "AND r.userId = :u", Long.class).setParameter("a", announcementId)
                    .setParameter("u", reader.userId()).getResultList().isEmpty();
            if (!seen) {
                em.persist(new AnnouncementReadEntity(announcementId, reader.userId(), Instant.now()));
            }
        });
    }

    @Override
    public Announcement publish(UserContext author, long targetUnitId, String title, String body) {
        if (!orgTree.tree().contains(targetUnitId)) {
            throw new NotFoundException(texts.get(author.locale(), "org.notFound"));
        }
        access.checkRecord(author, MANAGE, targetUnitId, null);
        if (title == null || title.isBlank() || title.trim().length() > 200) {
            throw new ValidationException("title", texts.get(author.locale(), "field.required"));
        }
        if (body == null || body.isBlank() || body.length() > 8000) {
            throw new ValidationException("body", texts.get(author.locale(), "notice.body.invalid"));
        }
        AnnouncementEntity entity = new AnnouncementEntity(targetUnitId, title.trim(), body.strip(), author.userId(),
                author.displayName(), Instant.now());
        store.jpa().run(em -> em.persist(entity));
        audit.record(author, "notice.publish", "notice", String.valueOf(entity.getId()),
                entity.getTitle() + " -> unit " + targetUnitId);
        return toAnnouncement(entity, false);
    }

    @Override
    public void withdraw(UserContext author, long announcementId) {
        AnnouncementEntity found = store.jpa().read(em -> em.find(AnnouncementEntity.class, announcementId));
        if (found == null) {
            throw new NotFoundException(texts.get(author.locale(), "notice.notFound"));
        }
        access.checkRecord(author, MANAGE, found.getTargetUnitId(), null);
        store.jpa().run(em -> em.find(AnnouncementEntity.class, announcementId).setWithdrawn(true));
        audit.record(author, "notice.withdraw", "notice", String.valueOf(announcementId), found.getTitle());
    }

    private static Set<Long> readBy(EntityManager em, UserContext reader, List<Long> ids) {
        return new HashSet<>(em.createQuery("SELECT r.announcementId FROM AnnouncementReadEntity r "
                + "WHERE r.userId = :u AND r.announcementId IN :ids", Long.class).setParameter("u", reader.userId())
                .setParameter("ids", ids).getResultList());
    }

    private Set<Long> audience(UserContext reader) {
        return orgTree.tree().ancestorsOrSelf(resolver.postUnits(reader.userId()));
    }

    private static Announcement toAnnouncement(AnnouncementEntity a, boolean read) {
        return new Announcement(a.getId(), a.getTitle(), a.getBody(), a.getAuthorName(), a.getPublishedAt(), read);
    }
}
