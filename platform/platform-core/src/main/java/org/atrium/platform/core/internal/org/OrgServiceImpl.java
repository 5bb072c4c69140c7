package org.atrium.platform.core.internal.org;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Position;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.identity.UserViews;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;
import org.atrium.platform.core.internal.persistence.PositionEntity;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The org tree. Reads come from the cached snapshot; changes need {@code platform.org.manage}
 * with a scope that reaches the units involved (a subsidiary admin edits only the subsidiary).
 */
@Component(service = OrgService.class)
public final class OrgServiceImpl implements OrgService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final String MANAGE = PlatformPermissions.ORG_MANAGE;

    private final PlatformStore store;
    private final OrgTreeCache cache;
    private final AccessServiceImpl access;
    private final AuditServiceImpl audit;
    private final Texts texts = new Texts();

    @Activate
    public OrgServiceImpl(@Reference PlatformStore store, @Reference OrgTreeCache cache,
            @Reference AccessServiceImpl access, @Reference AuditServiceImpl audit) {
        this.store = store;
        this.cache = cache;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public OrgUnit root() {
        return cache.tree().root();
    }

    @Override
    public Optional<OrgUnit> unit(long unitId) {
        return cache.tree().unit(unitId);
    }

    @Override
    public List<OrgUnit> children(long unitId) {
        return cache.tree().children(unitId);
    }

    @Override
    public List<OrgUnit> all() {
        return cache.tree().all();
    }

    @Override
    public List<OrgUnit> pathToRoot(long unitId) {
        return cache.tree().pathToRoot(unitId);
    }

    @Override
    public Set<Long> subtreeIds(long unitId) {
        return cache.tree().subtree(unitId);
    }

    @Override
    public OrgUnit companyOf(long unitId) {
        return cache.tree().companyOf(unitId).orElseThrow(() -> new NotFoundException("No org unit " + unitId));
    }

    @Override
    public Optional<UserSummary> headOf(long unitId) {
        return cache.tree().unit(unitId).map(OrgUnit::headUserId)
                .flatMap(head -> store.jpa().read(em -> UserViews.summary(em, head)));
    }

    @Override
    public Optional<UserSummary> managerOf(long userId) {
        OrgTree tree = cache.tree();
        return store.jpa().read(em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null) {
                return Optional.empty();
            }
            for (OrgUnit unit : tree.pathToRoot(user.getPrimaryUnitId())) {
                Long head = unit.headUserId();
                if (head != null && head != userId) {
                    return UserViews.summary(em, head);
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public List<UserSummary> holdersOf(String positionCode, long companyUnitId) {
        Set<Long> units = cache.tree().subtree(companyUnitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return store.jpa().read(em -> UserViews.summaries(em, em.createQuery("SELECT DISTINCT u FROM UserEntity u, "
                + "PostEntity p, PositionEntity pos WHERE p.userId = u.id AND p.positionId = pos.id "
                + "AND pos.code = :code AND p.unitId IN :units AND u.enabled = :yes", UserEntity.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("code", positionCode).setParameter("units", units).getResultList()
                .stream().sorted(java.util.Comparator.comparing(UserEntity::getId)).toList()));
    }

    @Override
    public List<Post> postsOf(long userId) {
        return store.jpa().read(em -> UserViews.posts(em, userId));
    }

    @Override
    public List<Position> positions() {
        return store.jpa().read(em -> em.createQuery("SELECT p FROM PositionEntity p ORDER BY p.name, p.id",
                PositionEntity.class).getResultList().stream()
                .map(p -> new Position(p.getId(), p.getCode(), p.getName())).toList());
    }

    @Override
    public OrgUnit createUnit(UserContext actor, long parentId, String code, String name, OrgUnitType type) {
        OrgTree tree = cache.tree();
        requireUnit(actor, tree, parentId);
        access.checkRecord(actor, MANAGE, parentId, null);
        validate(actor, code, name, type);
        if (type == OrgUnitType.GROUP) {
            throw new ValidationException("type", texts.get(actor.locale(), "org.type.groupIsRoot"));
        }
        long id = store.jpa().inTransaction(em -> {
            checkCodeFree(actor, em, code, null);
            checkNameFree(actor, tree, parentId, name, null);
            OrgUnitEntity unit = new OrgUnitEntity();
            unit.setParentId(parentId);
            unit.setCode(code.trim());
            unit.setName(name.trim());
            unit.setType(type);
            unit.setSortOrder(tree.children(parentId).stream().mapToInt(OrgUnit::sortOrder).max().orElse(0) + 10);
            em.persist(unit);
            em.flush();
            return unit.getId();
        });
        return changed(actor, "org.unit.create", id, code + " " + name + " (" + type + ") under " + parentId);
    }

    @Override
    public OrgUnit updateUnit(UserContext actor, long unitId, String code, String name, OrgUnitType type, int sortOrder) {
        OrgTree tree = cache.tree();
        OrgUnit current = requireUnit(actor, tree, unitId);
        access.checkRecord(actor, MANAGE, unitId, null);
        validate(actor, code, name, type);
        if ((current.parentId() == null) != (type == OrgUnitType.GROUP)) {
            throw new ValidationException("type", texts.get(actor.locale(), "org.type.groupIsRoot"));
        }
        store.jpa().run(em -> {
            checkCodeFree(actor, em, code, unitId);
            if (current.parentId() != null) {
                checkNameFree(actor, tree, current.parentId(), name, unitId);
            }
            OrgUnitEntity unit = em.find(OrgUnitEntity.class, unitId);
            unit.setCode(code.trim());
            unit.setName(name.trim());
            unit.setType(type);
            unit.setSortOrder(sortOrder);
        });
        return changed(actor, "org.unit.update", unitId, current.code() + " " + current.name() + " -> " + code + " "
                + name + " (" + type + ", " + sortOrder + ")");
    }

    @Override
    public OrgUnit moveUnit(UserContext actor, long unitId, long newParentId) {
        OrgTree tree = cache.tree();
        OrgUnit unit = requireUnit(actor, tree, unitId);
        OrgUnit parent = requireUnit(actor, tree, newParentId);
        access.checkRecord(actor, MANAGE, unitId, null);
        access.checkRecord(actor, MANAGE, newParentId, null);
        if (unit.parentId() == null) {
            throw new ValidationException("parent", texts.get(actor.locale(), "org.move.root"));
        }
        if (tree.isInSubtree(newParentId, unitId)) {
            throw new ValidationException("parent", texts.get(actor.locale(), "org.move.cycle"));
        }
        store.jpa().run(em -> {
            checkNameFree(actor, tree, newParentId, unit.name(), unitId);
            em.find(OrgUnitEntity.class, unitId).setParentId(newParentId);
        });
        return changed(actor, "org.unit.move", unitId, unit.name() + ": " + unit.parentId() + " -> " + parent.id()
                + " " + parent.name());
    }

    @Override
    public OrgUnit setHead(UserContext actor, long unitId, Long headUserId) {
        OrgTree tree = cache.tree();
        OrgUnit unit = requireUnit(actor, tree, unitId);
        access.checkRecord(actor, MANAGE, unitId, null);
        store.jpa().run(em -> {
            if (headUserId != null && em.find(UserEntity.class, headUserId) == null) {
                throw new ValidationException("head", texts.get(actor.locale(), "user.notFound"));
            }
            em.find(OrgUnitEntity.class, unitId).setHeadUserId(headUserId);
        });
        return changed(actor, "org.unit.head", unitId, unit.name() + ": " + unit.headUserId() + " -> " + headUserId);
    }

    @Override
    public void deleteUnit(UserContext actor, long unitId) {
        OrgTree tree = cache.tree();
        OrgUnit unit = requireUnit(actor, tree, unitId);
        access.checkRecord(actor, MANAGE, unitId, null);
        if (unit.parentId() == null) {
            throw new ValidationException(null, texts.get(actor.locale(), "org.delete.root"));
        }
        if (!tree.children(unitId).isEmpty()) {
            throw new ValidationException(null, texts.get(actor.locale(), "org.delete.children"));
        }
        store.jpa().run(em -> {
            long members = count(em, "SELECT COUNT(p) FROM PostEntity p WHERE p.unitId = :u", unitId)
                    + count(em, "SELECT COUNT(u) FROM UserEntity u WHERE u.primaryUnitId = :u", unitId);
            long notices = count(em, "SELECT COUNT(a) FROM AnnouncementEntity a WHERE a.targetUnitId = :u", unitId);
            if (members > 0 || notices > 0) {
                throw new ValidationException(null, texts.get(actor.locale(), "org.delete.members"));
            }
            em.remove(em.find(OrgUnitEntity.class, unitId));
        });
        cache.invalidate();
        audit.record(actor, "org.unit.delete", "org.unit", String.valueOf(unitId), unit.code() + " " + unit.name());
    }

    @Override
    public Position createPosition(UserContext actor, String code, String name) {
        access.checkWholeGroup(actor, MANAGE);
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw new ValidationException("code", texts.get(actor.locale(), "org.code.invalid"));
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", texts.get(actor.locale(), "field.required"));
        }
        Position position = store.jpa().inTransaction(em -> {
            if (count(em, "SELECT COUNT(p) FROM PositionEntity p WHERE LOWER(p.code) = :u",
                    code.trim().toLowerCase(Locale.ROOT)) > 0) {
                throw new ValidationException("code", texts.get(actor.locale(), "org.code.taken", code));
            }
            PositionEntity entity = new PositionEntity();
            entity.setCode(code.trim());
            entity.setName(name.trim());
            em.persist(entity);
            em.flush();
            return new Position(entity.getId(), entity.getCode(), entity.getName());
        });
        audit.record(actor, "org.position.create", "org.position", String.valueOf(position.id()), code + " " + name);
        return position;
    }

    private OrgUnit changed(UserContext actor, String action, long unitId, String detail) {
        cache.invalidate();
        audit.record(actor, action, "org.unit", String.valueOf(unitId), detail);
        return cache.tree().unit(unitId).orElseThrow();
    }

    private OrgUnit requireUnit(UserContext actor, OrgTree tree, long unitId) {
        return tree.unit(unitId).orElseThrow(() -> new NotFoundException(texts.get(actor.locale(), "org.notFound")));
    }

    private void validate(UserContext actor, String code, String name, OrgUnitType type) {
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw new ValidationException("code", texts.get(actor.locale(), "org.code.invalid"));
        }
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new ValidationException("name", texts.get(actor.locale(), "field.required"));
        }
        if (type == null) {
            throw new ValidationException("type", texts.get(actor.locale(), "field.required"));
        }
    }

    private void checkCodeFree(UserContext actor, EntityManager em, String code, Long self) {
        List<Long> holders = em.createQuery("SELECT u.id FROM OrgUnitEntity u WHERE LOWER(u.code) = :c", Long.class)
                .setParameter("c", code.trim().toLowerCase(Locale.ROOT)).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(self))) {
            throw new ValidationException("code", texts.get(actor.locale(), "org.code.taken", code));
        }
    }

    private void checkNameFree(UserContext actor, OrgTree tree, long parentId, String name, Long self) {
        if (tree.children(parentId).stream().anyMatch(u -> u.name().equals(name.trim()) && !Long.valueOf(u.id()).equals(self))) {
            throw new ValidationException("name", texts.get(actor.locale(), "org.name.taken", name));
        }
    }

    private static long count(EntityManager em, String jpql, Object value) {
        return em.createQuery(jpql, Long.class).setParameter("u", value).getSingleResult();
    }
}
