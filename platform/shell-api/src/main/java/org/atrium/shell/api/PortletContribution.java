package org.atrium.shell.api;

import java.util.Locale;

import com.vaadin.ui.Component;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A dashboard widget (portlet), e.g. 我的待办 or 我的客户. Admins choose which portlets go on the
 * dashboards of a role or subsidiary; users may add, remove and reorder the ones they may see.
 */
@ConsumerType
public interface PortletContribution {

    /** @return a stable id, unique in the portal, e.g. {@code crm.my-customers} */
    String id();

    /** @return the portlet's heading */
    String title(Locale locale);

    /** @return the default width */
    PortletSize defaultSize();

    /**
     * @return the permission a user needs to see the portlet, or {@code null} when every
     *         signed-in user may
     */
    String requiredPermission();

    /** @return default position on a new dashboard, lower first */
    default int defaultOrder() {
        return 100;
    }

    /** @return a new portlet body for one user's dashboard (the shell draws the frame and title) */
    Component createPortlet(ShellContext context);
}
