package org.atrium.platform.api.portal;

import java.util.List;
import java.util.Optional;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores dashboard layouts. Portlet ids are stored as they are; the shell skips ids whose
 * contribution is not installed or not permitted, so layouts survive a module being removed.
 */
@ProviderType
public interface DashboardLayoutService {

    /**
     * @return the layout the user sees: personal, else role, else company, else group default;
     *         empty when none was ever saved (the shell then uses each portlet's defaults)
     */
    Optional<List<PortletPlacement>> layoutFor(UserContext user);

    /** Saves the user's personal layout. */
    void saveUserLayout(UserContext user, List<PortletPlacement> placements);

    /** Drops the user's personal layout, going back to the role / company / group default. */
    void resetUserLayout(UserContext user);

    /** @return a default layout, if saved */
    Optional<List<PortletPlacement>> defaultLayout(LayoutScope scope);

    /**
     * Saves a default layout for a role, a company or the group. Needs
     * {@code platform.portal.manage}; audited.
     */
    void saveDefaultLayout(UserContext admin, LayoutScope scope, List<PortletPlacement> placements);
}
