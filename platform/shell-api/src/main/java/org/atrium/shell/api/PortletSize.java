package org.atrium.shell.api;

/** How much of the dashboard a portlet takes by default; users may change it. */
public enum PortletSize {
    /** One column of the dashboard grid. */
    SMALL(1),
    /** Two columns. */
    MEDIUM(2),
    /** The full width. */
    LARGE(3);

    private final int columns;

    PortletSize(int columns) {
        this.columns = columns;
    }

    /** @return the number of grid columns on a wide screen (of 3) */
    public int columns() {
        return columns;
    }
}
