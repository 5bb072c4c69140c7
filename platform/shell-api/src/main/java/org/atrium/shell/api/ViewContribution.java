package org.atrium.shell.api;

import java.util.Locale;

import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the portal with its entry in the navigation. The shell creates a fresh view through
 * {@link #createView} each time the user navigates to {@code #!<id>[/<parameter>]}, and passes the
 * parameter to {@link View#enter}. If the contributing bundle goes away while the view is open,
 * the shell replaces it with a "module unavailable" notice.
 */
@ConsumerType
public interface ViewContribution {

    /**
     * @return a stable, URL-safe id, unique in the portal, {@code <module>/<page>} by convention,
     *         e.g. {@code crm/customers}
     */
    String id();

    /** @return the id of the {@link NavigationCategory} the entry is listed under */
    String categoryId();

    /** @return position within the category, lower first */
    int order();

    /** @return the entry's title and the page heading */
    String title(Locale locale);

    /** @return an icon, e.g. a {@code VaadinIcons} value, or {@code null} */
    Resource icon();

    /**
     * @return the permission a user needs to see the entry and open the view, or {@code null}
     *         when every signed-in user may. Services still check on every call.
     */
    String requiredPermission();

    /** @return whether the view has an entry in the navigation; detail pages return false */
    default boolean inNavigation() {
        return true;
    }

    /** @return a new view for one user's session */
    View createView(ShellContext context);
}
