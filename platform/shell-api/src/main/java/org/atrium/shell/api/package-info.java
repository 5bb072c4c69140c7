/**
 * The contribution API of the portal shell. The shell is a whiteboard: it knows no module, it
 * collects every {@link org.atrium.shell.api.NavigationCategory},
 * {@link org.atrium.shell.api.ViewContribution} and {@link org.atrium.shell.api.PortletContribution}
 * registered as an OSGi service, while the registering bundle is active, and shows the ones the
 * signed-in user is permitted to see. Open sessions are updated when bundles come and go.
 *
 * <p>A module or vendor bundle contributes a view with a Declarative Services component:
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * public class CustomerListContribution implements ViewContribution {
 *     public String id() { return "crm/customers"; }
 *     public String categoryId() { return "crm"; }
 *     ...
 *     public View createView(ShellContext ctx) { return new CustomerListView(ctx, customers); }
 * }
 * }</pre>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.atrium.shell.api;
