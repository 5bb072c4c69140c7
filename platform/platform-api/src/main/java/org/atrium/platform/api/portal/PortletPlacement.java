package org.atrium.platform.api.portal;

/**
 * One portlet on a dashboard.
 *
 * @param portletId the id of the portlet contribution
 * @param columns   width in grid columns, 1 to 3
 * @param order     position on the dashboard, lower first
 */
public record PortletPlacement(String portletId, int columns, int order) {

    public PortletPlacement {
        if (portletId == null || portletId.isBlank()) {
            throw new IllegalArgumentException("portletId");
        }
        if (columns < 1 || columns > 3) {
            throw new IllegalArgumentException("columns must be 1..3");
        }
    }
}
