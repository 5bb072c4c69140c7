package org.atrium.shell.api.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.atrium.platform.api.PageRequest;

/** Turns what a lazy Vaadin grid asks for into the platform's {@link PageRequest}. */
public final class Pages {

    private Pages() {
    }

    /**
     * @param offset   the first row the grid wants
     * @param limit    how many rows; Vaadin may ask for more than a service returns at once
     * @param sorting  the grid's sort orders; the first one whose property the service documents
     *                 as sortable is used
     * @param sortable the sortable properties of the service
     * @return the request, or {@code null} when the grid asked for no rows at all
     */
    public static PageRequest of(int offset, int limit, List<QuerySortOrder> sorting, Set<String> sortable) {
        if (limit <= 0) {
            return null;
        }
        int capped = Math.min(limit, PageRequest.MAX_LIMIT);
        for (QuerySortOrder order : sorting) {
            if (sortable.contains(order.getSorted())) {
                return new PageRequest(Math.max(0, offset), capped, order.getSorted(),
                        order.getDirection() == SortDirection.ASCENDING);
            }
        }
        return new PageRequest(Math.max(0, offset), capped, null, true);
    }

    /** @return the rows of the request, or none when the grid asked for none */
    public static <T> Stream<T> fetch(PageRequest request, Function<PageRequest, List<T>> service) {
        return request == null ? Stream.empty() : service.apply(request).stream();
    }

    /**
     * Reads every row of a filtered list, page by page, for an export.
     *
     * @param total   the row count the service reported
     * @param service one page of rows
     */
    public static <T> List<T> all(int total, Function<PageRequest, List<T>> service) {
        ArrayList<T> rows = new ArrayList<>(Math.max(0, total));
        int offset = 0;
        while (offset < total) {
            List<T> page = service.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, null, true));
            if (page.isEmpty()) {
                break;
            }
            rows.addAll(page);
            offset += page.size();
        }
        return rows;
    }
}
