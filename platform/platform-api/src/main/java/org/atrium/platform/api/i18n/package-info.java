/**
 * Helpers for zh-CN / en resource bundles shipped inside bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.i18n;
