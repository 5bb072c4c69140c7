/**
 * Persistence infrastructure shared by every Atrium module.
 *
 * <h2>Migrations</h2>
 * A bundle that owns tables ships a Liquibase changelog and names it in its manifest:
 * <pre>
 * Atrium-Changelog: db/crm/changelog.xml
 * </pre>
 * When the bundle starts, the platform runs the changelog against the DataSource
 * {@code (dataSourceName=atrium)} and then registers a {@link org.atrium.platform.db.MigratedSchema}
 * service with the property {@code atrium.schema=<bundle symbolic name>} on the bundle's behalf. Components that
 * use the bundle's tables reference it, so they never run before the schema is current:
 * <pre>{@code
 * @Reference(target = "(atrium.schema=org.atrium.crm-impl)") MigratedSchema schema
 * }</pre>
 * A bundle update that adds changeSets applies only the new ones; rows are kept. Use a path unique to the
 * module ({@code db/<module>/...}): Liquibase identifies changeSets by path, id and author. Keep every file the
 * changelog includes in the changelog's directory: a restart skips Liquibase when no file of that directory
 * changed since the last successful run (table {@code ATRIUM_SCHEMA_STATE}; delete a bundle's row to force a run).
 *
 * <h2>Transactions</h2>
 * {@link org.atrium.platform.db.Jpa} runs work in a transaction of a RESOURCE_LOCAL
 * {@code EntityManagerFactory}, as Aries JPA registers one per persistence unit.
 *
 * <h2>Queries</h2>
 * {@link org.atrium.platform.db.Where} (since 1.1) builds a JPQL WHERE clause from optional filters and the caller's
 * data scope, so every module applies scopes in its SQL the same way.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.atrium.platform.db;
