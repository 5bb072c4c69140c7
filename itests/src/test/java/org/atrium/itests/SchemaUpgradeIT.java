package org.atrium.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.atrium.platform.db.MigratedSchema;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A bundle whose schema gains a column is updated in the running portal: platform-db's migration
 * extender applies only the new changeSet, keeps every existing row (those of the first changelog
 * and those written afterwards through the Atrium DataSource), fills the new column with its
 * default, and registers the bundle's {@link MigratedSchema} marker anew. Runs on Derby and on
 * PostgreSQL like the rest of the suite.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchemaUpgradeIT extends AtriumKarafTestSupport {

    private static final String BSN = "org.atrium.itest.schema";
    private static final String CHANGELOG = "db/itest/changelog.xml";
    private static final String AUTHOR = "atrium-itest";

    private static final String CREATE_TABLE = """
              <changeSet id="itest-note-1" author="atrium-itest">
                <createTable tableName="ITEST_NOTE">
                  <column name="ID" type="BIGINT"><constraints primaryKey="true" nullable="false"/></column>
                  <column name="TEXT" type="VARCHAR(100)"/>
                </createTable>
                <insert tableName="ITEST_NOTE"><column name="ID" valueNumeric="1"/><column name="TEXT" value="第一条 from the changelog"/></insert>
              </changeSet>
            """;
    private static final String ADD_COLUMN = """
              <changeSet id="itest-note-2" author="atrium-itest">
                <addColumn tableName="ITEST_NOTE">
                  <column name="PINNED" type="BOOLEAN" defaultValueBoolean="false"/>
                </addColumn>
              </changeSet>
            """;

    private Bundle bundle;

    @Test
    public void updateAddsTheColumnAndKeepsTheRows() throws Exception {
        DataSource dataSource = atriumDataSource();
        try {
            installAndUpdate(dataSource);
        } catch (SQLException e) {
            // the driver's own exception classes (Derby's StandardException) cannot travel back to the
            // test JVM: report the database's message instead of a ClassNotFoundException
            throw new AssertionError("SQL failed: " + e.getMessage() + " (SQLState " + e.getSQLState() + ")");
        }
    }

    private void installAndUpdate(DataSource dataSource) throws Exception {
        bundle = bundleContext.installBundle("itest:" + BSN, jar("1.0.0", CREATE_TABLE));
        bundle.start();
        ServiceReference<MigratedSchema> v1 = awaitMarker(null);
        assertEquals(bundle, v1.getBundle());
        MigratedSchema marker = bundleContext.getService(v1);
        assertEquals(BSN, marker.bundleSymbolicName());
        assertEquals(CHANGELOG, marker.changelog());
        bundleContext.ungetService(v1);
        assertEquals(Map.of(1L, "第一条 from the changelog"), texts(dataSource));
        assertEquals(List.of("itest-note-1"), changeSets(dataSource));

        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO ITEST_NOTE (ID, TEXT) VALUES (?, ?)")) {
            c.setAutoCommit(true);
            for (long id = 2; id <= 4; id++) {
                insert.setLong(1, id);
                insert.setString(2, "row " + id + " 写于升级前");
                insert.executeUpdate();
            }
        }

        bundle.update(jar("2.0.0", CREATE_TABLE + ADD_COLUMN));
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("2.0.0", bundle.getVersion().toString());
        ServiceReference<MigratedSchema> v2 = awaitMarker((Long) v1.getProperty(Constants.SERVICE_ID));
        assertNull("the marker of v1 is unregistered", v1.getBundle());
        assertEquals(bundle, v2.getBundle());

        Map<Long, String> expected = Map.of(1L, "第一条 from the changelog", 2L, "row 2 写于升级前",
                3L, "row 3 写于升级前", 4L, "row 4 写于升级前");
        assertEquals("every row kept", expected, texts(dataSource));
        assertEquals("the new column holds its default on the old rows", Map.of(1L, false, 2L, false, 3L, false, 4L, false),
                pinned(dataSource));
        assertEquals("each changeSet applied exactly once, in order", List.of("itest-note-1", "itest-note-2"),
                changeSets(dataSource));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("INSERT INTO ITEST_NOTE (ID, TEXT) VALUES (5, 'after the upgrade')");
            s.executeUpdate("UPDATE ITEST_NOTE SET PINNED = TRUE WHERE ID = 2");
        }
        Map<Long, Boolean> pinned = pinned(dataSource);
        assertEquals("the default applies to new rows", Boolean.FALSE, pinned.get(5L));
        assertEquals("the new column is writable", Boolean.TRUE, pinned.get(2L));
    }

    /** Uninstalls the test bundle and removes every trace of its schema, so the next run starts clean. */
    @After
    public void removeBundleAndSchema() throws Exception {
        if (bundle == null) {
            return; // the test stopped before installing anything
        }
        if (bundle.getState() != Bundle.UNINSTALLED) {
            bundle.uninstall();
        }
        DataSource dataSource = atriumDataSource();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            executeQuietly(s, "DROP TABLE ITEST_NOTE");
            executeQuietly(s, "DELETE FROM DATABASECHANGELOG WHERE AUTHOR = '" + AUTHOR + "'");
            executeQuietly(s, "DELETE FROM ATRIUM_SCHEMA_STATE WHERE BUNDLE = '" + BSN + "'");
        }
        assertTrue("schema marker gone with the bundle", bundleContext.getServiceReferences(MigratedSchema.class,
                "(" + MigratedSchema.SCHEMA_PROPERTY + "=" + BSN + ")").isEmpty());
    }

    private static void executeQuietly(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            // the test failed before the migration got that far
        }
    }

    private DataSource atriumDataSource() throws Exception {
        Filter filter = FrameworkUtil.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=" + DataSource.class.getName() + ")(dataSourceName=atrium))");
        ServiceTracker<DataSource, DataSource> tracker = new ServiceTracker<>(bundleContext, filter, null);
        tracker.open();
        DataSource dataSource = tracker.waitForService(TIMEOUT_MS);
        assertNotNull("DataSource (dataSourceName=atrium)", dataSource);
        return dataSource;
    }

    /**
     * Waits for the test bundle's schema marker whose service id differs from {@code previous}, i.e.
     * one registered after the last migration.
     */
    private ServiceReference<MigratedSchema> awaitMarker(Long previous) throws Exception {
        String filter = "(" + MigratedSchema.SCHEMA_PROPERTY + "=" + BSN + ")";
        List<ServiceReference<MigratedSchema>> found = new ArrayList<>();
        boolean appeared = eventually(() -> {
            found.clear();
            for (ServiceReference<MigratedSchema> ref : bundleContext.getServiceReferences(MigratedSchema.class, filter)) {
                if (!ref.getProperty(Constants.SERVICE_ID).equals(previous)) {
                    found.add(ref);
                }
            }
            return !found.isEmpty();
        });
        assertTrue("MigratedSchema " + filter + " registered" + (previous == null ? "" : " anew after the update"),
                appeared);
        assertEquals("exactly one marker", 1, found.size());
        if (previous != null) {
            assertNotEquals(previous, found.get(0).getProperty(Constants.SERVICE_ID));
        }
        return found.get(0);
    }

    private static Map<Long, String> texts(DataSource dataSource) throws SQLException {
        Map<Long, String> rows = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, TEXT FROM ITEST_NOTE")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), rs.getString(2));
            }
        }
        return rows;
    }

    private static Map<Long, Boolean> pinned(DataSource dataSource) throws SQLException {
        Map<Long, Boolean> rows = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, PINNED FROM ITEST_NOTE")) {
            while (rs.next()) {
                boolean value = rs.getBoolean(2);
                rows.put(rs.getLong(1), rs.wasNull() ? null : value);
            }
        }
        return rows;
    }

    /** The ids of the test changelog's changeSets in DATABASECHANGELOG, in the order they ran. */
    private static List<String> changeSets(DataSource dataSource) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ID, FILENAME FROM DATABASECHANGELOG WHERE AUTHOR = ? ORDER BY ORDEREXECUTED")) {
            ps.setString(1, AUTHOR);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue("changeSet recorded under the bundle's path: " + rs.getString(2),
                            rs.getString(2).endsWith(CHANGELOG));
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The test bundle: nothing but a manifest and its changelog. */
    private static InputStream jar(String version, String changeSets) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, BSN);
        main.putValue(Constants.BUNDLE_VERSION, version);
        main.putValue(MigratedSchema.CHANGELOG_HEADER, CHANGELOG);
        String changelog = """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                """ + changeSets + "</databaseChangeLog>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("db/itest/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(CHANGELOG));
            out.write(changelog.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
