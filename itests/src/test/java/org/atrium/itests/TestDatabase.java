package org.atrium.itests;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The database one integration-test run uses, chosen by the system property {@code atrium.it.database}
 * ({@code derby} or {@code postgresql}; failsafe runs the suite once for each).
 *
 * <p>Derby is the distribution's default and needs nothing. For PostgreSQL every test gets a fresh
 * schema {@code atrium_it_<random>} in database {@code test} at 127.0.0.1:5432 (override with
 * {@code atrium.it.pg.url}, {@code atrium.it.pg.user}, {@code atrium.it.pg.password}); {@link #close()}
 * drops it.
 */
final class TestDatabase implements AutoCloseable {

    /** The pid of Atrium's datasource configuration (etc/org.ops4j.datasource-atrium.cfg). */
    static final String DATASOURCE_PID = "org.ops4j.datasource-atrium";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Schemas not dropped yet; {@link DropTestSchemas} drops them when the test run ends. */
    private static final Queue<TestDatabase> OPEN = new ConcurrentLinkedQueue<>();

    private final String schema;
    private final String baseUrl;
    private final String user;
    private final String password;

    private TestDatabase(String schema, String baseUrl, String user, String password) {
        this.schema = schema;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The database of this run: Derby, or a freshly created PostgreSQL schema. */
    static TestDatabase create() {
        String kind = System.getProperty("atrium.it.database", "derby");
        switch (kind) {
            case "derby":
                return new TestDatabase(null, null, null, null);
            case "postgresql":
                TestDatabase db = new TestDatabase("atrium_it_" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36),
                        System.getProperty("atrium.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                        System.getProperty("atrium.it.pg.user", "postgres"),
                        System.getProperty("atrium.it.pg.password", ""));
                db.execute("CREATE SCHEMA " + db.schema);
                OPEN.add(db);
                return db;
            default:
                throw new IllegalArgumentException("atrium.it.database must be derby or postgresql, not " + kind);
        }
    }

    /** True for the PostgreSQL run. */
    boolean isPostgresql() {
        return schema != null;
    }

    /** A short name for logs and directory names. */
    String name() {
        return isPostgresql() ? "postgresql" : "derby";
    }

    /**
     * The datasource properties to put into etc/org.ops4j.datasource-atrium.cfg, or an empty map
     * when the distribution's default (Derby) stays.
     */
    Map<String, String> datasourceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        if (isPostgresql()) {
            config.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            config.put("dataSourceName", "atrium");
            // the shipped PostgreSQL URL's options (etc/org.ops4j.datasource-atrium.cfg.postgresql)
            config.put("url", baseUrl + "?options=-c%20jit=off&currentSchema=" + schema);
            config.put("user", user);
            config.put("password", password);
            config.put("pool", "dbcp2");
            config.put("xa", "false");
        }
        return config;
    }

    /** Drops the PostgreSQL schema with everything in it. */
    @Override
    public void close() {
        if (isPostgresql() && OPEN.remove(this)) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Drops every schema still open (Pax Exam offers no hook after a class in the test JVM). */
    static void closeAll() {
        for (TestDatabase db = OPEN.peek(); db != null; db = OPEN.peek()) {
            db.close();
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + baseUrl + " as " + user + ": " + sql + ": "
                    + e.getMessage().toLowerCase(Locale.ROOT), e);
        }
    }
}
