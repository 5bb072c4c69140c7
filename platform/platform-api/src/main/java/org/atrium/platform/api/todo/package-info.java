/**
 * To-do providers (待办): modules contribute counts and items for the top bar and the to-do portlet.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.platform.api.todo;
