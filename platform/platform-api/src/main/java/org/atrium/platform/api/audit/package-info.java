/**
 * The audit log: who did what to which record, searchable by admins.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.audit;
