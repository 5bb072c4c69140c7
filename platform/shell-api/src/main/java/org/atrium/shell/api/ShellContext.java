package org.atrium.shell.api;

import java.util.Locale;

import com.vaadin.ui.UI;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** What the shell gives a view or portlet it creates: the user, and ways to act on the portal. */
@ProviderType
public interface ShellContext {

    /** @return the signed-in user, to pass to every service call */
    UserContext user();

    /** @return the user's language */
    default Locale locale() {
        return user().locale();
    }

    /** Navigates to a view, e.g. {@code navigate("crm/customer", "42")}. */
    void navigate(String viewId, String parameter);

    /**
     * Builds the current view again from its contribution, with the same view id and parameter, so that it
     * shows what an action has just changed (a merge, a hand-over, a sharing decision). Input not yet saved in
     * the view is discarded.
     *
     * @since 1.1
     */
    void reloadView();

    /** @return whether the user holds the permission (for showing or hiding actions) */
    boolean isPermitted(String permission);

    /** Shows a short, non-blocking message. */
    void notify(String message);

    /** Shows an error message that stays until dismissed. */
    void showError(String message);

    /** @return the Vaadin UI of the session, for {@link UI#access} from background threads */
    UI ui();
}
