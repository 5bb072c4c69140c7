/**
 * Common types of the Atrium platform API: paging, and the exceptions every service throws for bad input and denied access.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api;
