package org.atrium.platform.db.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.atrium.platform.db.MigratedSchema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.resource.OSGiResourceAccessor;

/**
 * The migration extender: runs the changelog named by the {@value MigratedSchema#CHANGELOG_HEADER}
 * header of every starting or active bundle against the Atrium DataSource, then registers a
 * {@link MigratedSchema} marker with the bundle's own context, so the framework drops it when that
 * bundle stops.
 *
 * <p>Migrations run one at a time on a thread of their own: Liquibase's changelog lock would
 * serialise them anyway, and bundle start-up is not held up by DDL.
 */
@Component(immediate = true, service = {})
public final class MigrationExtender implements BundleTrackerCustomizer<MigrationExtender.Migration> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final DataSource dataSource;
    private final LiquibaseMigrator migrator = new LiquibaseMigrator();
    private final SchemaFingerprints fingerprints;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atrium-migrations");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<Migration> tracker;

    @Activate
    public MigrationExtender(BundleContext context,
            @Reference(target = "(dataSourceName=atrium)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.fingerprints = new SchemaFingerprints(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close(); // cancels migrations not started yet and unregisters every marker
        // a running migration is allowed to finish: interrupting Liquibase could leave its lock set
        executor.shutdown();
        try {
            executor.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Migration addingBundle(Bundle bundle, BundleEvent event) {
        String changelog = bundle.getHeaders("").get(MigratedSchema.CHANGELOG_HEADER);
        if (changelog == null || changelog.isBlank()) {
            return null;
        }
        Migration migration = new Migration(bundle, changelog.trim());
        executor.execute(migration::run);
        return migration;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Migration migration) {
        // STARTING -> ACTIVE: the migration already runs or ran
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Migration migration) {
        migration.cancel();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The migration of one bundle and, once done, its marker registration. */
    final class Migration {
        private final Bundle bundle;
        private final String changelog;
        private boolean cancelled;
        private ServiceRegistration<MigratedSchema> registration;

        Migration(Bundle bundle, String changelog) {
            this.bundle = bundle;
            this.changelog = changelog;
        }

        void run() {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
            }
            String name = bundle.getSymbolicName();
            long start = System.nanoTime();
            String fingerprint = SchemaFingerprints.of(bundle, changelog);
            if (fingerprint != null && fingerprint.equals(fingerprints.stored(name))) {
                LOG.info("Schema of bundle {} is current, changelog unchanged ({} ms)", name, millisSince(start));
                register(name);
                return;
            }
            try {
                migrator.migrate(dataSource, new OSGiResourceAccessor(bundle), changelog);
                if (fingerprint != null) {
                    fingerprints.store(name, fingerprint);
                }
            } catch (RuntimeException | java.sql.SQLException e) {
                LOG.error("Database migration of bundle {} ({}) failed; its services stay unavailable: {}",
                        name, changelog, e.getMessage(), e);
                return;
            }
            LOG.info("Schema of bundle {} is current ({} ms)", name, millisSince(start));
            register(name);
        }

        private synchronized void register(String name) {
            if (cancelled) {
                return;
            }
            BundleContext owner = bundle.getBundleContext();
            if (owner == null) {
                return;
            }
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(MigratedSchema.SCHEMA_PROPERTY, name);
            try {
                registration = owner.registerService(MigratedSchema.class,
                        new MigratedSchemaMarker(name, changelog), props);
            } catch (IllegalStateException e) {
                LOG.debug("Bundle {} stopped before its schema marker was registered", name);
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException e) {
                    // already unregistered by the framework as the bundle stopped
                }
                registration = null;
            }
        }
    }
}
