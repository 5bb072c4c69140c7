/**
 * Permissions, roles and data scopes (数据范围): one model that every module uses to filter queries and to check actions.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.security;
