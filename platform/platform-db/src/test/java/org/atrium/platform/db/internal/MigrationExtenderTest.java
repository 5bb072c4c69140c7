package org.atrium.platform.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.platform.db.MigratedSchema;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
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
        extender.deactivate(); // waits for the running migration

        verify(ownerContext, never()).registerService(eq(MigratedSchema.class), any(MigratedSchema.class), any());
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
    }

    private static ClassLoader classLoader(String root) {
        try {
            return new URLClassLoader(new URL[] {Path.of("target/test-classes", root).toUri().toURL()}, null);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
