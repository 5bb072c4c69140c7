package org.atrium.crm.web.api;

import java.util.Locale;

import org.atrium.shell.api.ShellContext;
import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.ui.Component;

/**
 * A tab of the customer 360 page. Register an implementation as an OSGi service; the page lists
 * tabs by {@link #order()} after its own profile tab.
 */
@ConsumerType
public interface CustomerTabContribution {

    /** Order of the built-in contacts tab; use it to place a tab relative to the built-in ones. */
    int CONTACTS_ORDER = 100;
    /** Order of the built-in opportunities tab. */
    int OPPORTUNITIES_ORDER = 200;
    /** Order of the built-in activity timeline tab. */
    int TIMELINE_ORDER = 300;

    /** @return a stable id, unique on the page, {@code <module>.<tab>} by convention, e.g. {@code quote.quotes} */
    String id();

    /** @return the tab caption in the user's language */
    String title(Locale locale);

    /** @return the position among the tabs, lower first; the built-in tabs use 100, 200, 300 */
    int order();

    /**
     * @return the permission a user needs to see the tab, or {@code null} when everyone who may see
     *         the customer may. Services still check on every call.
     */
    String requiredPermission();

    /**
     * Creates the tab body for one user's page. Called when the page opens, on the UI thread.
     *
     * @param context    the user's shell context; pass {@link ShellContext#user()} to every service call
     * @param customerId the customer shown, one the user may see
     * @return a new component, sized to fill the tab
     */
    Component createTab(ShellContext context, long customerId);
}
