package org.atrium.platform.api;

/**
 * A slice of a sorted list, as a lazy grid asks for it.
 *
 * @param offset        index of the first row, from 0
 * @param limit         the number of rows at most, 1 to 1000
 * @param sortProperty  a property name the service documents as sortable, or {@code null} for
 *                      the service's default order
 * @param ascending     the sort direction
 */
public record PageRequest(int offset, int limit, String sortProperty, boolean ascending) {

    /** Largest page a service returns. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** @return the first {@code limit} rows in the default order */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
