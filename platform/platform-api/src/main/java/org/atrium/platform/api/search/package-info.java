/**
 * Global search providers: modules contribute hits to the search box of the portal.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.search;
