package org.atrium.platform.db.internal;

import org.atrium.platform.db.MigratedSchema;

/** The marker registered for one bundle whose changelog was applied. */
record MigratedSchemaMarker(String bundleSymbolicName, String changelog) implements MigratedSchema {
}
