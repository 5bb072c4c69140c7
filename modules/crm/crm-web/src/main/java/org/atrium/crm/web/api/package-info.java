/**
 * The extension point of the customer 360 page (客户全景, view {@code crm/customer/<id>}).
 *
 * <p>Other bundles — quotes, contracts, receivables, tickets — add to the page by registering OSGi
 * services; the CRM web bundle collects them while their bundle is active and shows the ones the
 * signed-in user is permitted to see:
 * <ul>
 * <li>{@link org.atrium.crm.web.api.CustomerTabContribution}: a tab next to profile, contacts,
 * opportunities, timeline and owners;</li>
 * <li>{@link org.atrium.crm.web.api.CustomerCardContribution}: a small summary card in the header
 * area, e.g. "open receivables ¥1.2M".</li>
 * </ul>
 *
 * <pre>{@code
 * @Component(service = CustomerTabContribution.class)
 * public class QuotesTab implements CustomerTabContribution {
 *     @Activate public QuotesTab(@Reference QuoteService quotes) { ... }
 *     public String id() { return "quote.quotes"; }
 *     public String title(Locale locale) { return ...; }   // 报价
 *     public int order() { return 500; }
 *     public String requiredPermission() { return "quote.view"; }
 *     public Component createTab(ShellContext ctx, long customerId) {
 *         return new QuoteList(ctx, quotes, customerId);
 *     }
 * }
 * }</pre>
 *
 * <p>The components a contribution creates belong to one user's page: they must call services with
 * {@link org.atrium.shell.api.ShellContext#user()} (services check permission and data scope) and
 * must not be shared between sessions. A contribution that fails to create its component is left
 * out of the page, the rest still shows. The built-in contacts, opportunities and timeline tabs use
 * this very interface.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.web.api;
