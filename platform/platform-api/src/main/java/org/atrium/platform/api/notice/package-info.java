/**
 * Announcements (公告) posted by admins, with read tracking.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.notice;
