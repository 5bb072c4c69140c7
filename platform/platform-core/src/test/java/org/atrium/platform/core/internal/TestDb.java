package org.atrium.platform.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.platform.db.internal.LiquibaseMigrator;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A real, migrated database for a test class: Derby in memory, or a throwaway schema on the
 * PostgreSQL server at 127.0.0.1:5432 (skipped, not failed, only when that server is not running).
 */
public final class TestDb implements AutoCloseable {

    /** The changelog the bundle ships. */
    public static final String CHANGELOG = "db/platform/changelog.xml";

    private final String kind;
    private final DataSource dataSource;
    private final Runnable cleanup;
    private EntityManagerFactory emf;

    private TestDb(String kind, DataSource dataSource, Runnable cleanup) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.cleanup = cleanup;
    }

    /** @param kind {@code derby} or {@code postgres} */
    public static TestDb create(String kind) {
        TestDb db = "postgres".equals(kind) ? postgres() : derby();
        db.migrate();
        return db;
    }

    private static TestDb derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:atrium-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return new TestDb("derby", ds, () -> { });
    }

    private static TestDb postgres() {
        String schema = "atrium_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pgDataSource(null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(pgDataSource(schema));
        pool.setMaximumPoolSize(4);
        HikariDataSource ds = new HikariDataSource(pool);
        return new TestDb("postgres", ds, () -> {
            ds.close();
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static PGSimpleDataSource pgDataSource(String schema) {
        SQLException last = null;
        for (String user : new String[] {"postgres", "root"}) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {"127.0.0.1"});
            ds.setPortNumbers(new int[] {5432});
            ds.setDatabaseName("test");
            // loopback only: a TLS handshake per connection would triple the run time
            ds.setSslMode("disable");
            ds.setUser(user);
            if (schema != null) {
                ds.setCurrentSchema(schema);
            }
            try (Connection c = ds.getConnection()) {
                return ds;
            } catch (SQLException e) {
                // 08001: nothing listens on the port; the only reason to skip instead of failing
                Assumptions.assumeFalse("08001".equals(e.getSQLState()), "PostgreSQL not reachable at 127.0.0.1:5432");
                last = e;
            }
        }
        throw new IllegalStateException("PostgreSQL refused users postgres and root", last);
    }

    private void migrate() {
        new LiquibaseMigrator().migrate(dataSource, new ClassLoaderResourceAccessor(TestDb.class.getClassLoader()),
                CHANGELOG);
    }

    /** Runs the changelog again, as a bundle restart would. */
    public void migrateAgain() {
        migrate();
    }

    public String kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the persistence unit atrium-platform over this database, as persistence.xml defines it */
    public EntityManagerFactory emf() {
        if (emf == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
            // EclipseLink keeps sessions by name; each test database needs its own
            properties.put(PersistenceUnitProperties.SESSION_NAME, "atrium-platform-" + UUID.randomUUID());
            emf = new PersistenceProvider().createEntityManagerFactory("atrium-platform", properties);
        }
        return emf;
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
        cleanup.run();
    }
}
