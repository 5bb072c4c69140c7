/**
 * Small helpers that every contribution's Vaadin views need, shared so that Atrium's own modules
 * and vendor bundles behave alike: lazy-grid paging into {@link org.atrium.platform.api.PageRequest}
 * ({@link org.atrium.shell.api.ui.Pages}), service exceptions shown as field errors or messages
 * ({@link org.atrium.shell.api.ui.ServiceCall}, {@link org.atrium.shell.api.ui.FieldErrors}), and
 * CSV export that Excel opens with Chinese intact ({@link org.atrium.shell.api.ui.Csv},
 * {@link org.atrium.shell.api.ui.Downloads}), modal forms and confirmations
 * ({@link org.atrium.shell.api.ui.FormDialog}, {@link org.atrium.shell.api.ui.ConfirmDialog}, since 1.1) and
 * escaped HTML for labels that draw many lines at once ({@link org.atrium.shell.api.ui.Html}, since 1.1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.atrium.shell.api.ui;
