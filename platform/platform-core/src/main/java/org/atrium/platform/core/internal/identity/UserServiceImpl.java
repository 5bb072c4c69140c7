package org.atrium.platform.core.internal.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserDetail;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.org.OrgTree;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.PositionEntity;
import org.atrium.platform.core.internal.persistence.PostEntity;
import org.atrium.platform.core.internal.persistence.RoleGrantEntity;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.atrium.platform.core.internal.persistence.UserRoleEntity;
import org.atrium.platform.db.Where;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.atrium.platform.core.internal.security.Delegation;
import org.atrium.platform.core.internal.security.PasswordHasher;
import org.atrium.platform.core.internal.security.ScopeResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Users and the directory. The directory is filtered in the query by the scope of
 * {@code platform.directory.view}, the admin listing by the scope of {@code platform.user.manage}
 * over primary units; admin operations need {@code platform.user.manage} reaching the
 * user's primary unit, and every unit and role they hand out must lie within the caller's reach.
 */
@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {

    private static final String MANAGE = PlatformPermissions.USER_MANAGE;

    private final PlatformStore store;
    private final OrgTreeCache orgTree;
    private final AccessServiceImpl access;
    private final ScopeResolver resolver;
    private final PasswordHasher hasher;
    private final AuditServiceImpl audit;
    private final Delegation delegation;
    private final DraftValidator validator = new DraftValidator();
    private final Texts texts = new Texts();

    @Activate
    public UserServiceImpl(@Reference PlatformStore store, @Reference OrgTreeCache orgTree,
            @Reference AccessServiceImpl access, @Reference ScopeResolver resolver, @Reference PasswordHasher hasher,
            @Reference AuditServiceImpl audit) {
        this.store = store;
        this.orgTree = orgTree;
        this.access = access;
        this.resolver = resolver;
        this.hasher = hasher;
        this.audit = audit;
        this.delegation = new Delegation(resolver);
    }

    @Override
    public List<UserSummary> directory(UserContext caller, UserQuery query, PageRequest page) {
        return list(directoryWhere(caller, query), page);
    }

    @Override
    public int countDirectory(UserContext caller, UserQuery query) {
        return count(directoryWhere(caller, query));
    }

    @Override
    public List<UserSummary> search(UserContext caller, UserQuery query, PageRequest page) {
        return list(manageWhere(caller, query), page);
    }

    @Override
    public int count(UserContext caller, UserQuery query) {
        return count(manageWhere(caller, query));
    }

    private List<UserSummary> list(Where where, PageRequest page) {
        String order = switch (page.sortProperty() == null ? "displayName" : page.sortProperty()) {
            case "login" -> "u.login";
            case "unitName" -> "o.name";
            default -> "u.displayName";
        } + (page.ascending() ? " ASC" : " DESC") + ", u.id";
        return store.jpa().read(em -> UserViews.summaries(em, where.bind(em.createQuery(
                "SELECT u FROM UserEntity u, OrgUnitEntity o" + where.clause() + " ORDER BY " + order, UserEntity.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()));
    }

    private int count(Where where) {
        return store.jpa().read(em -> where.bind(em.createQuery(
                "SELECT COUNT(u) FROM UserEntity u, OrgUnitEntity o" + where.clause(), Long.class))
                .getSingleResult()).intValue();
    }

    /** The directory: users with any post inside the caller's scope of directory.view. */
    private Where directoryWhere(UserContext caller, UserQuery query) {
        ScopeFilter scope = access.scopeOf(caller, PlatformPermissions.DIRECTORY_VIEW);
        if (!scope.isGranted()) {
            throw access.denied(caller, PlatformPermissions.DIRECTORY_VIEW);
        }
        Where where = new Where().and("o.id = u.primaryUnitId")
                .inScope(scope, "EXISTS (SELECT p FROM PostEntity p WHERE p.userId = u.id AND p.unitId IN :scopeUnits)",
                        "u.id");
        return filter(where, query);
    }

    /** Administration: users whose primary unit lies in the caller's scope of user.manage, as for editing. */
    private Where manageWhere(UserContext caller, UserQuery query) {
        Where where = new Where().and("o.id = u.primaryUnitId")
                .inScope(manageScope(caller), "u.primaryUnitId IN :scopeUnits", "u.id");
        return filter(where, query);
    }

    private Where filter(Where where, UserQuery query) {
        if (!query.includeDisabled()) {
            where.and("u.enabled = :enabled", "enabled", Boolean.TRUE);
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.and("LOWER(u.login) LIKE :text ESCAPE '\\' OR LOWER(u.displayName) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(u.email) LIKE :text ESCAPE '\\' OR u.mobile LIKE :text ESCAPE '\\'",
                    "text", Where.containsPattern(query.text()));
        }
        if (query.unitId() != null) {
            Set<Long> units = orgTree.tree().subtree(query.unitId());
            if (units.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("EXISTS (SELECT q FROM PostEntity q WHERE q.userId = u.id AND q.unitId IN :filterUnits)",
                        "filterUnits", units);
            }
        }
        return where;
    }

    @Override
    public Optional<UserDetail> detail(UserContext caller, long userId) {
        ScopeFilter scope = manageScope(caller);
        return store.jpa().read(em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            if (user == null) {
                return Optional.empty();
            }
            List<Post> posts = UserViews.posts(em, userId);
            boolean visible = scope.permits(user.getPrimaryUnitId(), userId)
                    || scope.permitsAnyUnit(posts.stream().map(Post::unitId).toList());
            return visible ? Optional.of(toDetail(em, user, posts)) : Optional.empty();
        });
    }

    @Override
    public Optional<UserSummary> summary(long userId) {
        return store.jpa().read(em -> UserViews.summary(em, userId));
    }

    @Override
    public CreatedUser create(UserContext caller, UserDraft draft) {
        ScopeFilter scope = manageScope(caller);
        OrgTree tree = orgTree.tree();
        DraftValidator.Clean clean = validator.validate(draft, tree, caller.locale());
        checkUnits(caller, scope, clean.posts());
        checkRoles(caller, tree, clean.roleIds());
        String oneTimePassword = hasher.generatePassword();
        PasswordHasher.Hash hash = hasher.hash(oneTimePassword.toCharArray());
        long id = store.jpa().inTransaction(em -> {
            checkLoginFree(caller, em, clean.login(), null);
            UserEntity user = new UserEntity();
            apply(user, clean);
            user.setPassword(hash.hash(), hash.salt(), hash.iterations());
            user.setMustChangePassword(true);
            em.persist(user);
            em.flush();
            writePostsAndRoles(caller, em, user.getId(), clean);
            return user.getId();
        });
        audit.record(caller, "user.create", "user", String.valueOf(id), describe(clean));
        return new CreatedUser(summary(id).orElseThrow(), oneTimePassword);
    }

    @Override
    public UserDetail update(UserContext caller, long userId, UserDraft draft) {
        ScopeFilter scope = manageScope(caller);
        OrgTree tree = orgTree.tree();
        UserDetail before = requireManageable(caller, scope, userId);
        DraftValidator.Clean clean = validator.validate(draft, tree, caller.locale());
        List<Post> changedPosts = symmetricDifference(before.posts(), clean.posts());
        checkUnits(caller, scope, changedPosts);
        checkRoles(caller, tree, symmetricDifference(before.roleIds(), List.copyOf(clean.roleIds())));
        store.jpa().run(em -> {
            checkLoginFree(caller, em, clean.login(), userId);
            UserEntity user = em.find(UserEntity.class, userId);
            apply(user, clean);
            em.createQuery("DELETE FROM PostEntity p WHERE p.userId = :u").setParameter("u", userId).executeUpdate();
            em.createQuery("DELETE FROM UserRoleEntity r WHERE r.userId = :u").setParameter("u", userId).executeUpdate();
            writePostsAndRoles(caller, em, userId, clean);
        });
        resolver.invalidateUser(userId);
        audit.record(caller, "user.update", "user", String.valueOf(userId), describe(clean));
        return store.jpa().read(em -> toDetail(em, em.find(UserEntity.class, userId), UserViews.posts(em, userId)));
    }

    @Override
    public void setEnabled(UserContext caller, long userId, boolean enabled) {
        ScopeFilter scope = manageScope(caller);
        UserDetail user = requireManageable(caller, scope, userId);
        if (!enabled && userId == caller.userId()) {
            throw new ValidationException("enabled", texts.get(caller.locale(), "user.disableSelf"));
        }
        store.jpa().run(em -> em.find(UserEntity.class, userId).setEnabled(enabled));
        resolver.invalidateUser(userId);
        audit.record(caller, enabled ? "user.enable" : "user.disable", "user", String.valueOf(userId),
                user.summary().login());
    }

    @Override
    public String resetPassword(UserContext caller, long userId) {
        ScopeFilter scope = manageScope(caller);
        UserDetail user = requireManageable(caller, scope, userId);
        String oneTimePassword = hasher.generatePassword();
        PasswordHasher.Hash hash = hasher.hash(oneTimePassword.toCharArray());
        store.jpa().run(em -> {
            UserEntity entity = em.find(UserEntity.class, userId);
            entity.setPassword(hash.hash(), hash.salt(), hash.iterations());
            entity.setMustChangePassword(true);
            entity.setFailedLogins(0);
            entity.setLockedUntil(null);
        });
        audit.record(caller, "user.password.reset", "user", String.valueOf(userId), user.summary().login());
        return oneTimePassword;
    }

    private ScopeFilter manageScope(UserContext caller) {
        ScopeFilter scope = access.scopeOf(caller, MANAGE);
        if (!scope.isGranted()) {
            throw access.denied(caller, MANAGE);
        }
        return scope;
    }

    private UserDetail requireManageable(UserContext caller, ScopeFilter scope, long userId) {
        UserDetail detail = store.jpa().read(em -> {
            UserEntity user = em.find(UserEntity.class, userId);
            return user == null ? null : toDetail(em, user, UserViews.posts(em, userId));
        });
        if (detail == null) {
            throw new NotFoundException(texts.get(caller.locale(), "user.notFound"));
        }
        if (!scope.permits(detail.summary().primaryUnitId(), userId)) {
            throw access.denied(caller, MANAGE);
        }
        return detail;
    }

    private void checkUnits(UserContext caller, ScopeFilter scope, List<Post> posts) {
        if (!posts.stream().allMatch(p -> scope.permits(p.unitId(), null))) {
            throw access.denied(caller, MANAGE);
        }
    }

    private void checkRoles(UserContext caller, OrgTree tree, java.util.Collection<Long> roleIds) {
        if (roleIds.isEmpty()) {
            return;
        }
        List<Grant> grants = store.jpa().read(em -> {
            long known = em.createQuery("SELECT COUNT(r) FROM RoleEntity r WHERE r.id IN :ids", Long.class)
                    .setParameter("ids", roleIds).getSingleResult();
            if (known != roleIds.size()) {
                throw new ValidationException("roleIds", texts.get(caller.locale(), "role.notFound"));
            }
            return em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.roleId IN :ids", RoleGrantEntity.class)
                    .setParameter("ids", roleIds).getResultList().stream().map(RoleGrantEntity::toGrant).toList();
        });
        if (!delegation.mayDelegate(caller, grants, tree)) {
            throw access.denied(caller, PlatformPermissions.ROLE_MANAGE);
        }
    }

    private void checkLoginFree(UserContext caller, EntityManager em, String login, Long self) {
        List<Long> holders = em.createQuery("SELECT u.id FROM UserEntity u WHERE u.login = :l", Long.class)
                .setParameter("l", login).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(self))) {
            throw new ValidationException("login", texts.get(caller.locale(), "user.login.taken", login));
        }
    }

    private void writePostsAndRoles(UserContext caller, EntityManager em, long userId, DraftValidator.Clean clean) {
        for (Post post : clean.posts()) {
            if (post.positionId() != null && em.find(PositionEntity.class, post.positionId()) == null) {
                throw new ValidationException("posts", texts.get(caller.locale(), "org.position.notFound"));
            }
            em.persist(new PostEntity(userId, post.unitId(), post.positionId(), post.primary()));
        }
        clean.roleIds().forEach(roleId -> em.persist(new UserRoleEntity(userId, roleId)));
    }

    private static void apply(UserEntity user, DraftValidator.Clean clean) {
        user.setLogin(clean.login());
        user.setDisplayName(clean.displayName());
        user.setEmail(clean.email());
        user.setMobile(clean.mobile());
        user.setLocale(clean.locale());
        user.setPrimaryUnitId(clean.posts().get(0).unitId());
    }

    private static UserDetail toDetail(EntityManager em, UserEntity user, List<Post> posts) {
        List<Long> roleIds = em.createQuery("SELECT r.roleId FROM UserRoleEntity r WHERE r.userId = :u ORDER BY r.roleId",
                Long.class).setParameter("u", user.getId()).getResultList();
        return new UserDetail(UserViews.summaries(em, List.of(user)).get(0), posts, roleIds, user.getLocale(),
                user.isMustChangePassword(), user.getLockedUntil(), user.getLastLogin());
    }

    private static <T> List<T> symmetricDifference(List<T> before, List<T> after) {
        Set<T> result = new HashSet<>(before);
        result.addAll(after);
        Set<T> common = new HashSet<>(before);
        common.retainAll(new HashSet<>(after));
        result.removeAll(common);
        return new ArrayList<>(result);
    }

    private static String describe(DraftValidator.Clean clean) {
        return clean.login() + " " + clean.displayName() + ", posts " + clean.posts() + ", roles " + clean.roleIds();
    }
}
