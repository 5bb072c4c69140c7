package org.atrium.platform.core.internal.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.RoleEntity;
import org.atrium.platform.core.internal.persistence.RoleGrantEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Roles with their grants, and the permissions declared by active bundles. */
@Component(service = RoleService.class)
public final class RoleServiceImpl implements RoleService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{1,63}");

    private final PlatformStore store;
    private final AccessServiceImpl access;
    private final ScopeResolver resolver;
    private final OrgTreeCache orgTree;
    private final AuditServiceImpl audit;
    private final Texts texts = new Texts();
    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public RoleServiceImpl(@Reference PlatformStore store, @Reference AccessServiceImpl access,
            @Reference ScopeResolver resolver, @Reference OrgTreeCache orgTree, @Reference AuditServiceImpl audit) {
        this.store = store;
        this.access = access;
        this.resolver = resolver;
        this.orgTree = orgTree;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(PermissionProvider provider) {
        providers.add(provider);
    }

    public void removeProvider(PermissionProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<Role> roles() {
        return store.jpa().read(em -> {
            List<RoleEntity> roles = em.createQuery("SELECT r FROM RoleEntity r ORDER BY r.name, r.id", RoleEntity.class)
                    .getResultList();
            Map<Long, List<Grant>> grants = grantsByRole(em);
            return roles.stream().map(r -> toRole(r, grants.getOrDefault(r.getId(), List.of()))).toList();
        });
    }

    @Override
    public Optional<Role> role(long roleId) {
        return store.jpa().read(em -> Optional.ofNullable(em.find(RoleEntity.class, roleId))
                .map(r -> toRole(r, grantsOf(em, roleId))));
    }

    @Override
    public List<Role> rolesOf(long userId) {
        return store.jpa().read(em -> em.createQuery("SELECT r FROM RoleEntity r, UserRoleEntity ur "
                + "WHERE ur.roleId = r.id AND ur.userId = :u ORDER BY r.id", RoleEntity.class)
                .setParameter("u", userId).getResultList().stream()
                .map(r -> toRole(r, grantsOf(em, r.getId()))).toList());
    }

    @Override
    public List<PermissionDeclaration> declaredPermissions() {
        Map<String, List<PermissionDeclaration>> byGroup = new LinkedHashMap<>();
        permissionProviders().forEach(p -> byGroup.computeIfAbsent(p.groupId(), k -> new ArrayList<>()).addAll(p.permissions()));
        return byGroup.values().stream().flatMap(List::stream).toList();
    }

    @Override
    public List<PermissionProvider> permissionProviders() {
        // the platform's own group first, the others by id
        return providers.stream().sorted(Comparator.comparing((PermissionProvider p) -> !"platform".equals(p.groupId()))
                .thenComparing(PermissionProvider::groupId)).toList();
    }

    @Override
    public Role create(UserContext caller, String code, String name, String description, List<Grant> grants) {
        access.checkPermitted(caller, PlatformPermissions.ROLE_MANAGE);
        validate(caller, name, grants);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException("code", texts.get(caller.locale(), "role.code.invalid"));
        }
        Role role = store.jpa().inTransaction(em -> {
            if (!em.createQuery("SELECT r.id FROM RoleEntity r WHERE LOWER(r.code) = :c", Long.class)
                    .setParameter("c", code.toLowerCase(java.util.Locale.ROOT)).getResultList().isEmpty()) {
                throw new ValidationException("code", texts.get(caller.locale(), "role.code.taken", code));
            }
            RoleEntity entity = new RoleEntity();
            entity.setCode(code);
            apply(entity, name, description);
            em.persist(entity);
            em.flush();
            replaceGrants(em, entity.getId(), grants);
            return toRole(entity, grants);
        });
        audit.record(caller, "role.create", "role", String.valueOf(role.id()), describe(role));
        return role;
    }

    @Override
    public Role update(UserContext caller, long roleId, String name, String description, List<Grant> grants) {
        access.checkPermitted(caller, PlatformPermissions.ROLE_MANAGE);
        validate(caller, name, grants);
        Role role = store.jpa().inTransaction(em -> {
            RoleEntity entity = em.find(RoleEntity.class, roleId);
            if (entity == null) {
                throw new NotFoundException(texts.get(caller.locale(), "role.notFound"));
            }
            apply(entity, name, description);
            replaceGrants(em, roleId, grants);
            return toRole(entity, grants);
        });
        resolver.invalidateAll();
        audit.record(caller, "role.update", "role", String.valueOf(roleId), describe(role));
        return role;
    }

    @Override
    public void delete(UserContext caller, long roleId) {
        access.checkPermitted(caller, PlatformPermissions.ROLE_MANAGE);
        String code = store.jpa().inTransaction(em -> {
            RoleEntity entity = em.find(RoleEntity.class, roleId);
            if (entity == null) {
                throw new NotFoundException(texts.get(caller.locale(), "role.notFound"));
            }
            long holders = em.createQuery("SELECT COUNT(ur) FROM UserRoleEntity ur WHERE ur.roleId = :r", Long.class)
                    .setParameter("r", roleId).getSingleResult();
            if (holders > 0) {
                throw new ValidationException(null, texts.get(caller.locale(), "role.inUse", holders));
            }
            em.createQuery("DELETE FROM RoleGrantEntity g WHERE g.roleId = :r").setParameter("r", roleId).executeUpdate();
            em.remove(entity);
            return entity.getCode();
        });
        resolver.invalidateAll();
        audit.record(caller, "role.delete", "role", String.valueOf(roleId), code);
    }

    private void validate(UserContext caller, String name, List<Grant> grants) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", texts.get(caller.locale(), "field.required"));
        }
        for (Grant grant : grants) {
            if (grant.permission() == null || grant.permission().isBlank() || grant.scope() == null) {
                throw new ValidationException("grants", texts.get(caller.locale(), "role.grant.invalid"));
            }
            if (grant.scope() == DataScope.CUSTOM && (grant.customUnitIds().isEmpty()
                    || !grant.customUnitIds().stream().allMatch(orgTree.tree()::contains))) {
                throw new ValidationException("grants", texts.get(caller.locale(), "role.customScope.units"));
            }
        }
    }

    private static void apply(RoleEntity entity, String name, String description) {
        entity.setName(name.trim());
        entity.setDescription(description == null ? null : description.trim());
    }

    private static void replaceGrants(EntityManager em, long roleId, List<Grant> grants) {
        em.createQuery("DELETE FROM RoleGrantEntity g WHERE g.roleId = :r").setParameter("r", roleId).executeUpdate();
        grants.forEach(g -> em.persist(new RoleGrantEntity(roleId, g.scope() == DataScope.CUSTOM ? g
                : Grant.of(g.permission(), g.scope()))));
    }

    private static List<Grant> grantsOf(EntityManager em, long roleId) {
        return em.createQuery("SELECT g FROM RoleGrantEntity g WHERE g.roleId = :r ORDER BY g.id", RoleGrantEntity.class)
                .setParameter("r", roleId).getResultList().stream().map(RoleGrantEntity::toGrant).toList();
    }

    private static Map<Long, List<Grant>> grantsByRole(EntityManager em) {
        return em.createQuery("SELECT g FROM RoleGrantEntity g ORDER BY g.id", RoleGrantEntity.class).getResultList()
                .stream().collect(Collectors.groupingBy(RoleGrantEntity::getRoleId, LinkedHashMap::new,
                        Collectors.mapping(RoleGrantEntity::toGrant, Collectors.toList())));
    }

    private static Role toRole(RoleEntity entity, List<Grant> grants) {
        return new Role(entity.getId(), entity.getCode(), entity.getName(), entity.getDescription(), List.copyOf(grants));
    }

    private static String describe(Role role) {
        return role.code() + " " + role.name() + ": " + role.grants().stream()
                .map(g -> g.permission() + "=" + g.scope() + (g.customUnitIds().isEmpty() ? "" : g.customUnitIds()))
                .collect(Collectors.joining(", "));
    }
}
