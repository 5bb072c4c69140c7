package org.atrium.platform.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.platform.db.internal.LiquibaseMigrator.MigrationException;
import org.junit.jupiter.api.Test;

import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

class LiquibaseMigratorTest {

    private static final String CHANGELOG = "db/test/changelog.xml";

    private final LiquibaseMigrator migrator = new LiquibaseMigrator();
    private final EmbeddedDataSource dataSource = derby();

    @Test
    void createsTheSchemaOnAFreshDatabase() throws Exception {
        migrator.migrate(dataSource, resources("v1"), CHANGELOG);

        assertThat(query("SELECT TEXT FROM T_NOTE WHERE ID = 1")).isEqualTo("第一条");
        assertThat(query("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo("1");
    }

    @Test
    void aSecondRunOfTheSameChangelogChangesNothing() throws Exception {
        migrator.migrate(dataSource, resources("v1"), CHANGELOG);
        migrator.migrate(dataSource, resources("v1"), CHANGELOG);

        assertThat(query("SELECT COUNT(*) FROM T_NOTE")).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo("1");
    }

    @Test
    void anUpdatedChangelogAppliesOnlyTheNewChangeSetAndKeepsRows() throws Exception {
        migrator.migrate(dataSource, resources("v1"), CHANGELOG);
        execute("INSERT INTO T_NOTE (ID, TEXT) VALUES (2, 'kept')");

        migrator.migrate(dataSource, resources("v2"), CHANGELOG);

        assertThat(query("SELECT COUNT(*) FROM T_NOTE")).isEqualTo("2");
        assertThat(query("SELECT TEXT FROM T_NOTE WHERE ID = 2")).isEqualTo("kept");
        assertThat(query("SELECT COUNT(*) FROM T_NOTE WHERE PINNED = FALSE")).isEqualTo("2");
        assertThat(query("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo("2");
    }

    @Test
    void aFailingChangeSetIsReportedAndNotRecorded() throws Exception {
        migrator.migrate(dataSource, resources("v1"), CHANGELOG);

        assertThatThrownBy(() -> migrator.migrate(dataSource, resources("broken"), CHANGELOG))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(CHANGELOG);
        assertThat(query("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE")).isEqualTo("0");
    }

    @Test
    void embeddedDerbyKeepsRunningForOtherConnections() throws Exception {
        try (Connection open = dataSource.getConnection()) {
            migrator.migrate(dataSource, resources("v1"), CHANGELOG);

            try (Statement s = open.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T_NOTE")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    static EmbeddedDataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    static ResourceAccessor resources(String root) throws Exception {
        return new DirectoryResourceAccessor(Path.of("target/test-classes", root));
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
