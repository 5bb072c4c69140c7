package org.atrium.crm.impl.internal.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.platform.db.internal.LiquibaseMigrator;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

import liquibase.resource.DirectoryResourceAccessor;

/**
 * A fresh Derby in-memory database with the bundle's own changelog applied (by the platform's
 * migrator, outside OSGi) and the bundle's persistence unit on top of it, the DataSource passed in.
 */
public final class CrmTestDatabase implements AutoCloseable {

    /** Where the optional PostgreSQL run connects (trust auth, database {@code test}). */
    public static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final CrmStore store;
    private final Runnable cleanup;

    /** A fresh Derby in-memory database. */
    public CrmTestDatabase() throws Exception {
        this(derby(), () -> { });
    }

    private static DataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** A throwaway schema in the local PostgreSQL, dropped on {@link #close()}. */
    public static CrmTestDatabase postgres() throws Exception {
        String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "");
        org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
        admin.setUrl(PG_URL);
        admin.setUser("postgres");
        execute(admin, "CREATE SCHEMA " + schema);
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(PG_URL);
        ds.setUser("postgres");
        ds.setCurrentSchema(schema);
        return new CrmTestDatabase(ds, () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** The databases the database-parameterised tests run on ({@code @MethodSource(DATABASES)}). */
    public static final String DATABASES = "org.atrium.crm.impl.internal.service.CrmTestDatabase#databases";

    /** @return {@code derby} and {@code postgresql} */
    public static java.util.stream.Stream<String> databases() {
        return java.util.stream.Stream.of("derby", "postgresql");
    }

    /**
     * @return a fresh database of the kind {@link #databases()} names; a PostgreSQL test is skipped when the server
     *         at 127.0.0.1:5432 is not reachable
     */
    public static CrmTestDatabase open(String database) throws Exception {
        if (database.equals("postgresql")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(postgresReachable(), "PostgreSQL at 127.0.0.1:5432 not reachable");
            return postgres();
        }
        return new CrmTestDatabase();
    }

    /** @return whether the local PostgreSQL answers */
    public static boolean postgresReachable() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void execute(DataSource ds, String sql) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private CrmTestDatabase(DataSource ds, Runnable cleanup) throws Exception {
        this.cleanup = cleanup;
        this.dataSource = ds;
        new LiquibaseMigrator().migrate(ds, new DirectoryResourceAccessor(Path.of("target/classes")),
                "db/crm/changelog.xml");
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
        this.emf = new PersistenceProvider().createEntityManagerFactory("atrium-crm", props);
        if (emf == null) {
            throw new IllegalStateException("persistence unit atrium-crm not found");
        }
        this.store = new CrmStore(emf);
    }

    @Override
    public void close() {
        emf.close();
        cleanup.run();
    }
}
