package org.atrium.platform.core.internal.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;
import org.atrium.platform.core.internal.persistence.PostEntity;
import org.atrium.platform.core.internal.persistence.RoleEntity;
import org.atrium.platform.core.internal.persistence.RoleGrantEntity;
import org.atrium.platform.core.internal.persistence.SettingEntity;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.atrium.platform.core.internal.persistence.UserRoleEntity;
import org.atrium.platform.core.internal.security.PasswordHasher;
import org.atrium.platform.core.internal.security.PlatformPermissionProvider;
import org.atrium.platform.core.internal.security.ScopeResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when the database holds no user, creates the group's root unit, the {@code ADMIN}
 * role with every platform permission group-wide, and the user {@code admin} with a generated
 * one-time password that must be changed at first sign-in. There is no shipped default password.
 * Registered as a service so that components that need the root (demo data) can wait for it.
 */
@Component(service = FirstStart.class, immediate = true, configurationPid = "org.atrium.platform.bootstrap")
@Designate(ocd = FirstStart.Config.class)
public final class FirstStart {

    /** Settings for the first start, {@code etc/org.atrium.platform.bootstrap.cfg}. */
    @ObjectClassDefinition(name = "Atrium first start",
            description = "The group created when the database is empty")
    public @interface Config {
        @AttributeDefinition(name = "Group name")
        String groupName() default "Atrium 集团";

        @AttributeDefinition(name = "Group code")
        String groupCode() default "GROUP";
    }

    /** The login of the first administrator. */
    public static final String ADMIN_LOGIN = "admin";
    /** The code of the administrators' role. */
    public static final String ADMIN_ROLE = "ADMIN";

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    @Activate
    public FirstStart(@Reference PlatformStore store, @Reference PasswordHasher hasher,
            @Reference InitialPasswordFile passwordFile, @Reference OrgTreeCache orgTree,
            @Reference ScopeResolver resolver, @Reference AuditServiceImpl audit, Config config) {
        this(store, hasher, passwordFile, orgTree, resolver, audit, config, System.out);
    }

    public FirstStart(PlatformStore store, PasswordHasher hasher, InitialPasswordFile passwordFile, OrgTreeCache orgTree,
            ScopeResolver resolver, AuditServiceImpl audit, Config config, PrintStream console) {
        long users = store.jpa().read(em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class)
                .getSingleResult());
        if (users > 0) {
            return;
        }
        String password = hasher.generatePassword();
        PasswordHasher.Hash hash = hasher.hash(password.toCharArray());
        long adminId = store.jpa().inTransaction(em -> {
            OrgUnitEntity root = em.createQuery("SELECT u FROM OrgUnitEntity u WHERE u.parentId IS NULL",
                    OrgUnitEntity.class).getResultList().stream().findFirst().orElseGet(() -> {
                        OrgUnitEntity unit = new OrgUnitEntity();
                        unit.setCode(config.groupCode());
                        unit.setName(config.groupName());
                        unit.setType(OrgUnitType.GROUP);
                        em.persist(unit);
                        em.flush();
                        return unit;
                    });
            RoleEntity role = em.createQuery("SELECT r FROM RoleEntity r WHERE r.code = :c", RoleEntity.class)
                    .setParameter("c", ADMIN_ROLE).getResultList().stream().findFirst().orElseGet(() -> {
                        RoleEntity admins = new RoleEntity();
                        admins.setCode(ADMIN_ROLE);
                        admins.setName("系统管理员");
                        admins.setDescription("Every platform permission, group-wide");
                        em.persist(admins);
                        em.flush();
                        PlatformPermissionProvider.ALL.forEach(p ->
                                em.persist(new RoleGrantEntity(admins.getId(), Grant.of(p, DataScope.GROUP))));
                        return admins;
                    });
            UserEntity admin = new UserEntity();
            admin.setLogin(ADMIN_LOGIN);
            admin.setDisplayName("系统管理员");
            admin.setPrimaryUnitId(root.getId());
            admin.setPassword(hash.hash(), hash.salt(), hash.iterations());
            admin.setMustChangePassword(true);
            em.persist(admin);
            // no relationships are mapped, so EclipseLink does not order inserts by foreign key
            em.flush();
            em.persist(new PostEntity(admin.getId(), root.getId(), null, true));
            em.persist(new UserRoleEntity(admin.getId(), role.getId()));
            em.persist(new SettingEntity(InitialPasswordFile.ADMIN_SETTING, String.valueOf(admin.getId())));
            return admin.getId();
        });
        orgTree.invalidate();
        resolver.invalidateAll();
        audit.record(null, null, null, "user.create", "user", String.valueOf(adminId),
                "first start: administrator " + ADMIN_LOGIN + " with a one-time password", null);
        announce(passwordFile, password, console);
    }

    private static void announce(InitialPasswordFile passwordFile, String password, PrintStream console) {
        try {
            passwordFile.write(password);
            LOG.warn("First start: created user '{}' with a one-time password, written to {} (readable by its owner "
                    + "only, deleted when the password is changed)", ADMIN_LOGIN, passwordFile.path());
        } catch (IOException e) {
            LOG.error("First start: could not write {}; the one-time password is only on the console", passwordFile.path(), e);
        }
        // The one place Atrium prints to stdout: the operator starting Karaf must see the one-time
        // password once, and the log (which may be shipped elsewhere) must never contain it.
        console.println("""

                ==================================================================
                  Atrium first start - administrator account
                    login:              %s
                    one-time password:  %s
                  You must choose a new password at the first sign-in.
                  Also in: %s
                ==================================================================
                """.formatted(ADMIN_LOGIN, password, passwordFile.path()));
    }
}
