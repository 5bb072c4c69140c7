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
final class CrmTestDatabase implements AutoCloseable {

    final DataSource dataSource;
    final EntityManagerFactory emf;
    final CrmStore store;

    CrmTestDatabase() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
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
    }
}
