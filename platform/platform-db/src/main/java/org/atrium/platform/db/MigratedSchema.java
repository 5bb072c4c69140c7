package org.atrium.platform.db;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A marker service: the Liquibase changelog of one bundle has been applied to the database. It is
 * registered with the service property {@value #SCHEMA_PROPERTY} set to the symbolic name of the
 * bundle that owns the changelog, and unregistered when that bundle stops.
 */
@ProviderType
public interface MigratedSchema {

    /** The service property that names the bundle whose schema is current. */
    String SCHEMA_PROPERTY = "atrium.schema";

    /** The manifest header that names a bundle's changelog, a path inside the bundle. */
    String CHANGELOG_HEADER = "Atrium-Changelog";

    /** @return the symbolic name of the bundle whose changelog was applied */
    String bundleSymbolicName();

    /** @return the changelog path inside that bundle */
    String changelog();
}
