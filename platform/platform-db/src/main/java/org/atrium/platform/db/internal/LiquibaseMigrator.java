package org.atrium.platform.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies one Liquibase changelog to a DataSource. Usable without OSGi, so that module tests run
 * the very changelog the bundle ships.
 */
public final class LiquibaseMigrator {

    /**
     * Liquibase 4.30+ would otherwise send usage analytics over the network, and its console UI
     * prints to stdout; Atrium runs offline and logs through slf4j.
     */
    private static final Map<String, Object> QUIET_OFFLINE = Map.of(
            AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE,
            Scope.Attr.ui.name(), new LoggerUIService());

    /**
     * Runs every changeSet of the changelog that the database has not seen yet.
     *
     * @param dataSource the database
     * @param resources  where the changelog and its includes are read from
     * @param changelog  the changelog's path as the resource accessor resolves it
     * @throws MigrationException when Liquibase or the database fails; nothing of the failing
     *         changeSet is kept where the database supports transactional DDL
     */
    public void migrate(DataSource dataSource, ResourceAccessor resources, String changelog) {
        try {
            Scope.child(QUIET_OFFLINE, () -> update(dataSource, resources, changelog));
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException("Migration of " + changelog + " failed: " + e.getMessage(), e);
        }
    }

    private static void update(DataSource dataSource, ResourceAccessor resources, String changelog)
            throws Exception {
        Connection connection = dataSource.getConnection();
        Database database;
        try {
            database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                // closing the Liquibase database would otherwise shut the whole embedded Derby
                // down, under the feet of the pool and of every other bundle
                derby.setShutdownEmbeddedDerby(false);
            }
        } catch (RuntimeException | liquibase.exception.DatabaseException e) {
            closeQuietly(connection, e);
            throw e;
        }
        // Liquibase.close() closes the database and with it the JDBC connection
        try (Liquibase liquibase = new Liquibase(changelog, resources, database)) {
            liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
            liquibase.update(new Contexts(), new LabelExpression());
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A changelog could not be applied. */
    public static final class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
