/**
 * Dashboard layouts: which portlets a user's homepage shows, as admins lay them out per role and
 * per company and as users personalise them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.portal;
