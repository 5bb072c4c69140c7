/**
 * Users, authentication and the {@link org.atrium.platform.api.identity.UserContext} every service call carries.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.identity;
