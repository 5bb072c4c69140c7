package org.atrium.platform.core.internal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.bootstrap.FirstStart;
import org.atrium.platform.core.internal.bootstrap.InitialPasswordFile;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;
import org.atrium.platform.core.internal.persistence.SettingEntity;
import org.atrium.platform.core.internal.security.PasswordHasher;
import org.atrium.platform.core.internal.security.ScopeResolver;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo group once, and only when {@code etc/org.atrium.demo.cfg} exists (the run command
 * writes it; a production start has none, so nothing of the demo is ever active there).
 *
 * <p>In the portal the group is written on a thread of its own: this component is activated on the
 * thread that makes the platform's services available, and the sign-in page should not wait for
 * sixty demo users. It is written in one transaction with its marker, so a load interrupted by a
 * stop leaves nothing behind and runs again at the next start.
 */
@Component(service = {}, immediate = true, configurationPid = "org.atrium.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoData.Config.class)
public final class DemoData {

    /** Demo settings. */
    @ObjectClassDefinition(name = "Atrium demo data", description = "Loads a demo group once into an empty database")
    public @interface Config {
        @AttributeDefinition(name = "Password of every demo user", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password();

        @AttributeDefinition(name = "Random seed")
        long seed() default 20240601L;
    }

    /** The setting that marks the demo group as loaded; holds the seed. */
    static final String LOADED_SETTING = "demo.loaded";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ExecutorService executor;

    @Activate
    public DemoData(@Reference PlatformStore store, @Reference PasswordHasher hasher, @Reference OrgTreeCache orgTree,
            @Reference ScopeResolver resolver, @Reference FirstStart firstStart, BundleContext context, Config config) {
        Path usersFile = InitialPasswordFile.dataDirectory(context).resolve("atrium").resolve("demo-users.txt");
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atrium-demo");
            t.setDaemon(true);
            return t;
        });
        executor.execute(() -> {
            try {
                load(store, hasher, orgTree, resolver, usersFile, config);
            } catch (RuntimeException e) {
                LOG.error("Demo group not loaded", e);
            }
        });
    }

    /** Loads the demo group on the calling thread, for tests. */
    public DemoData(PlatformStore store, PasswordHasher hasher, OrgTreeCache orgTree, ScopeResolver resolver,
            Path usersFile, Config config) {
        executor = null;
        load(store, hasher, orgTree, resolver, usersFile, config);
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow(); // an interrupted load rolls back and runs again at the next start
        }
    }

    private static void load(PlatformStore store, PasswordHasher hasher, OrgTreeCache orgTree, ScopeResolver resolver,
            Path usersFile, Config config) {
        if (config.password() == null || config.password().isBlank()) {
            LOG.error("Demo data not loaded: org.atrium.demo has no password");
            return;
        }
        if (store.jpa().read(em -> em.find(SettingEntity.class, LOADED_SETTING)) != null) {
            LOG.debug("Demo group already loaded");
            return;
        }
        // One hash shared by all demo users: 600,000 PBKDF2 iterations take 0.1-0.3 s on two cores, so
        // sixty of them would add ten seconds or more to the first start. Each user still gets a fresh
        // salt the first time they change their password.
        PasswordHasher.Hash hash = hasher.hash(config.password().toCharArray());
        List<DemoGroupWriter.DemoUser> users = store.jpa().inTransaction(em -> {
            OrgUnitEntity root = em.createQuery("SELECT u FROM OrgUnitEntity u WHERE u.parentId IS NULL",
                    OrgUnitEntity.class).getSingleResult();
            List<DemoGroupWriter.DemoUser> written = new DemoGroupWriter(em, config.seed(), hash).write(root);
            em.persist(new SettingEntity(LOADED_SETTING, String.valueOf(config.seed())));
            return written;
        });
        orgTree.invalidate();
        resolver.invalidateAll();
        report(users, usersFile);
    }

    private static void report(List<DemoGroupWriter.DemoUser> users, Path file) {
        String lines = users.stream().map(u -> String.join("\t", u.login(), u.name(), u.unit(), u.role()))
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# login\tname\tunit\trole" + System.lineSeparator() + lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.getMessage());
        }
        LOG.info("Demo group 华夏联合集团 loaded: {} users, listed in {}", users.size(), file);
        users.stream().filter(u -> !u.role().equals("普通员工"))
                .forEach(u -> LOG.info("Demo user {} ({}, {}, {})", u.login(), u.name(), u.unit(), u.role()));
    }
}
