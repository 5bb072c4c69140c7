package org.atrium.platform.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.Hashtable;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.platform.db.MigratedSchema;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

class MigrationExtenderTest {

    private final EmbeddedDataSource dataSource = LiquibaseMigratorTest.derby();
    private final BundleContext extenderContext = mock(BundleContext.class);
    private final BundleContext ownerContext = mock(BundleContext.class);
    private final Bundle owner = mock(Bundle.class);
    @SuppressWarnings("unchecked")
    private final ServiceRegistration<MigratedSchema> registration = mock(ServiceRegistration.class);

    @Test
    void migratesAnActiveBundleThenRegistersItsMarkerAndDropsItOnDeactivation() throws Exception {
        bundleWith("db/test/changelog.xml", "v1");

        MigrationExtender extender = new MigrationExtender(extenderContext, dataSource);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Dictionary<String, Object>> props = ArgumentCaptor.forClass(Dictionary.class);
        ArgumentCaptor<MigratedSchema> marker = ArgumentCaptor.forClass(MigratedSchema.class);
        verify(ownerContext, timeout(20_000)).registerService(eq(MigratedSchema.class), marker.capture(), props.capture());
        assertThat(props.getValue().get(MigratedSchema.SCHEMA_PROPERTY)).isEqualTo("org.example.crm");
        assertThat(marker.getValue().changelog()).isEqualTo("db/test/changelog.xml");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getTables(null, null, "T_NOTE", null).next()).isTrue();
        }

        extender.deactivate();
        verify(registration).unregister();
    }

    @Test
    void aFailedMigrationRegistersNoMarker() throws Exception {
        bundleWith("db/test/changelog.xml", "broken");

        MigrationExtender extender = new MigrationExtender(extenderContext, dataSource);
        awaitTable("DATABASECHANGELOGLOCK"); // the migration has started
        extender.deactivate(); // waits for the running migration to end

        verify(ownerContext, never()).registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
        try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1); // the good changeSet ran, the broken one is not recorded
        }
    }

    @Test
    void thePlatformSchemaIsMigratedFirstWhateverOrderTheBundlesAreFoundIn() {
        bundleWith("db/test/changelog.xml", "v1"); // org.example.crm, found first
        Bundle platform = mock(Bundle.class);
        BundleContext platformContext = mock(BundleContext.class);
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(MigratedSchema.CHANGELOG_HEADER, "db/test/changelog.xml");
        when(platform.getState()).thenReturn(Bundle.ACTIVE);
        when(platform.getHeaders("")).thenReturn(headers);
        when(platform.getSymbolicName()).thenReturn(MigrationExtender.PLATFORM_SCHEMA);
        when(platform.getBundleContext()).thenReturn(platformContext);
        BundleWiring wiring = mock(BundleWiring.class);
        when(platform.adapt(BundleWiring.class)).thenReturn(wiring);
        when(wiring.getClassLoader()).thenReturn(classLoader("v1"));
        when(platform.findEntries("db/test", "*", true)).thenAnswer(i -> entries("v1"));
        when(extenderContext.getBundles()).thenReturn(new Bundle[] {owner, platform});

        MigrationExtender extender = new MigrationExtender(extenderContext, dataSource);

        verify(ownerContext, timeout(20_000)).registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
        InOrder order = inOrder(platformContext, ownerContext);
        order.verify(platformContext).registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
        order.verify(ownerContext).registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
        extender.deactivate();
    }

    @Test
    void bundlesWithoutTheHeaderAreIgnored() {
        bundleWith(null, "v1");

        MigrationExtender extender = new MigrationExtender(extenderContext, dataSource);
        extender.deactivate();

        verify(owner, never()).adapt(BundleWiring.class);
    }

    private void bundleWith(String changelog, String root) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (changelog != null) {
            headers.put(MigratedSchema.CHANGELOG_HEADER, changelog);
        }
        when(extenderContext.getBundles()).thenReturn(new Bundle[] {owner});
        when(owner.getState()).thenReturn(Bundle.ACTIVE);
        when(owner.getHeaders("")).thenReturn(headers);
        when(owner.getSymbolicName()).thenReturn("org.example.crm");
        when(owner.getBundleContext()).thenReturn(ownerContext);
        BundleWiring wiring = mock(BundleWiring.class);
        when(owner.adapt(BundleWiring.class)).thenReturn(wiring);
        when(wiring.getClassLoader()).thenReturn(classLoader(root));
        when(ownerContext.registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any()))
                .thenReturn(registration);
        when(owner.findEntries("db/test", "*", true)).thenAnswer(i -> entries(root));
    }

    private static Enumeration<URL> entries(String root) throws Exception {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target/test-classes", root, "db/test"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                urls.add(file.toUri().toURL());
            }
        }
        return Collections.enumeration(urls);
    }

    @Test
    void anUnchangedChangelogSkipsLiquibaseOnTheNextStartAndAChangedOneRunsIt() throws Exception {
        bundleWith("db/test/changelog.xml", "v1");
        startAndAwaitMarkers(1);
        execute("DROP TABLE T_NOTE"); // comes back only if Liquibase runs again

        startAndAwaitMarkers(2);
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getTables(null, null, "T_NOTE", null).next()).isFalse();
        }

        execute("CREATE TABLE T_NOTE (ID BIGINT PRIMARY KEY, TEXT VARCHAR(200))");
        bundleWith("db/test/changelog.xml", "v2");
        startAndAwaitMarkers(3);
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getColumns(null, null, "T_NOTE", "PINNED").next()).isTrue();
        }
    }

    private void startAndAwaitMarkers(int markers) {
        MigrationExtender extender = new MigrationExtender(extenderContext, dataSource);
        verify(ownerContext, timeout(20_000).times(markers))
                .registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
        extender.deactivate();
    }

    private void awaitTable(String table) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = dataSource.getConnection()) {
                if (c.getMetaData().getTables(null, null, table, null).next()) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(table + " never appeared");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static ClassLoader classLoader(String root) {
        try {
            return new URLClassLoader(new URL[] {Path.of("target/test-classes", root).toUri().toURL()}, null);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
