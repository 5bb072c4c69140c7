package org.atrium.platform.core.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.atrium.platform.core.internal.TestDb;
import org.atrium.platform.core.internal.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** The demo component as the portal activates it: the group is written without holding up activation. */
class DemoDataTest {

    @Test
    void activationReturnsAtOnceAndTheGroupIsWrittenOnItsOwnThread(@TempDir Path dataDir) throws Exception {
        try (TestDb db = TestDb.create("derby")) {
            TestPlatform p = new TestPlatform(db, dataDir);
            BundleContext context = mock(BundleContext.class);
            when(context.getProperty("karaf.data")).thenReturn(dataDir.toString());
            DemoData.Config config = mock(DemoData.Config.class);
            when(config.password()).thenReturn("Demo2024pass");
            when(config.seed()).thenReturn(20240601L);
            Path users = dataDir.resolve("atrium/demo-users.txt");

            DemoData demo;
            // while another transaction holds the settings table, the load cannot even check its marker
            try (Connection blocker = db.dataSource().getConnection(); Statement st = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                st.execute("LOCK TABLE ATR_SETTING IN EXCLUSIVE MODE");
                long start = System.nanoTime();
                demo = new DemoData(p.store, p.hasher, p.orgTree, p.resolver, null, context, config);
                assertThat((System.nanoTime() - start) / 1_000_000).as("activation ms").isLessThan(5_000);
                Thread.sleep(300);
                assertThat(users).doesNotExist();
                blocker.commit();
            }
            for (int i = 0; i < 300 && lines(users) <= 50; i++) {
                Thread.sleep(100);
            }
            assertThat(lines(users)).as("lines of demo-users.txt").isGreaterThan(50);
            demo.deactivate();
        }
    }

    private static int lines(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }
}
