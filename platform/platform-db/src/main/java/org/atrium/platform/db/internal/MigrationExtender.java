package org.atrium.platform.db.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
 * serialise them anyway, and bundle start-up is not held up by DDL. The platform's own schema
 * ({@value #PLATFORM_SCHEMA}) goes first: the sign-in page waits for it, while a module's schema
 * only delays that module. Otherwise migrations run in the order their bundles were found.
 */
@Component(immediate = true, service = {})
public final class MigrationExtender implements BundleTrackerCustomizer<MigrationExtender.Migration> {

    /** The bundle whose schema every sign-in needs, migrated before any other. */
    static final String PLATFORM_SCHEMA = "org.atrium.platform-core";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);
    private static final Comparator<Runnable> PLATFORM_FIRST = Comparator
            .comparing((Runnable r) -> !((Migration) r).isPlatform())
            .thenComparingLong(r -> ((Migration) r).sequence);

    private final DataSource dataSource;
    private final LiquibaseMigrator migrator = new LiquibaseMigrator();
    private final SchemaFingerprints fingerprints;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new PriorityBlockingQueue<>(8, PLATFORM_FIRST), r -> {
                Thread t = new Thread(r, "atrium-migrations");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong sequence = new AtomicLong();
    private final BundleTracker<Migration> tracker;
    /** Migrations found while the tracker opens, queued together once it is open (null after that). */
    private List<Migration> found = new ArrayList<>();

    @Activate
    public MigrationExtender(BundleContext context,
            @Reference(target = "(dataSourceName=atrium)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.fingerprints = new SchemaFingerprints(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
        // queued only now, all at once, so that the first one the thread takes is the platform's
        List<Migration> initial;
        synchronized (this) {
            initial = found;
            found = null;
        }
        initial.sort(PLATFORM_FIRST);
        initial.forEach(executor::execute);
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
        Migration migration = new Migration(bundle, changelog.trim(), sequence.getAndIncrement());
        synchronized (this) {
            if (found != null) {
                found.add(migration);
                return migration;
            }
        }
        executor.execute(migration);
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
    final class Migration implements Runnable {
        private final Bundle bundle;
        private final String changelog;
        private final long sequence;
        private boolean cancelled;
        private ServiceRegistration<MigratedSchema> registration;

        Migration(Bundle bundle, String changelog, long sequence) {
            this.bundle = bundle;
            this.changelog = changelog;
            this.sequence = sequence;
        }

        boolean isPlatform() {
            return PLATFORM_SCHEMA.equals(bundle.getSymbolicName());
        }

        @Override
        public void run() {
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
