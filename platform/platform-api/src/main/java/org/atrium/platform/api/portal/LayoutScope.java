package org.atrium.platform.api.portal;

/**
 * Whom a default layout is for. Resolution for a user takes the first that exists: the user's
 * own layout, the layout of one of the user's roles (the role with the lowest id), the layout of
 * the user's company, then the group-wide default.
 *
 * @param roleId        the role, or {@code null}
 * @param companyUnitId the company (non-department org unit), or {@code null}
 */
public record LayoutScope(Long roleId, Long companyUnitId) {

    /** @return the group-wide default */
    public static LayoutScope groupDefault() {
        return new LayoutScope(null, null);
    }
}
