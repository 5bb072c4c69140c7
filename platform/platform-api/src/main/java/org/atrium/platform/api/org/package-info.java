/**
 * The organisation tree (group, subsidiaries, branches, departments), positions and posts, and the questions approval flows ask of it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.org;
