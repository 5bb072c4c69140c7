package org.atrium.crm.web.internal;

import org.atrium.shell.api.ui.Pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.data.provider.QuerySortOrder;

/**
 * The rows of a lazy grid over one of the CRM services' {@code search}/{@code count} pairs under
 * the filter the view holds. The service applies the caller's data scope; this class pages, sorts
 * and filters. A refusal ({@link AccessDeniedException}) leaves the grid empty and is reported once
 * per filter instead of failing inside the grid's data request.
 *
 * @param <T> the row type
 * @param <F> the service's filter record
 */
public final class LazySource<T, F> {

    /** One page of rows of the service under a filter. */
    @FunctionalInterface
    public interface Search<T, F> {
        List<T> search(F filter, PageRequest page);
    }

    /** The row count of the service under a filter. */
    @FunctionalInterface
    public interface Count<F> {
        int count(F filter);
    }

    /** A row count that may stop at a limit ({@code CustomerService.countUpTo}). */
    @FunctionalInterface
    public interface CountUpTo<F> {
        int count(F filter, int atMost);
    }

    /**
     * How many rows a list counts at most: a larger list shows this many rows and says that there are more
     * (the filters narrow it; an export still writes every row).
     */
    public static final int LIST_LIMIT = 2_000;

    private final Search<T, F> search;
    private final Count<F> count;
    private final CountUpTo<F> countUpTo;
    private boolean truncated;
    /** The count under the filter since the last change of filter or refresh (a view's total and its grid share it). */
    private Integer counted;
    private final Set<String> sortable;
    private final Consumer<String> denied;
    private F filter;
    private CallbackDataProvider<T, Void> provider;
    private boolean deniedReported;

    /**
     * @param sortable the properties the service documents as sortable
     * @param initial  the filter to start with
     * @param denied   shows the service's refusal, e.g. {@code ShellContext::showError}
     */
    public LazySource(Search<T, F> search, Count<F> count, Set<String> sortable, F initial, Consumer<String> denied) {
        this(search, count, null, sortable, initial, denied);
    }

    /**
     * A source whose grid counts at most {@link #LIST_LIMIT} rows ({@link #truncated()} tells when there are
     * more).
     */
    public LazySource(Search<T, F> search, CountUpTo<F> countUpTo, Set<String> sortable, F initial,
            Consumer<String> denied) {
        this(search, null, countUpTo, sortable, initial, denied);
    }

    private LazySource(Search<T, F> search, Count<F> count, CountUpTo<F> countUpTo, Set<String> sortable, F initial,
            Consumer<String> denied) {
        this.search = search;
        this.count = count;
        this.countUpTo = countUpTo;
        this.sortable = Set.copyOf(sortable);
        this.filter = initial;
        this.denied = denied;
    }

    /** Sets the filter and re-reads the rows. */
    public void filter(F newFilter) {
        filter = newFilter;
        deniedReported = false;
        refresh();
    }

    /** @return the filter in effect */
    public F filter() {
        return filter;
    }

    /** @return one page of rows as a grid asks for it */
    public Stream<T> fetch(int offset, int limit, List<QuerySortOrder> sorting) {
        F current = filter;
        return guarded(() -> Pages.fetch(Pages.of(offset, limit, sorting, sortable), p -> search.search(current, p)),
                Stream::empty);
    }

    /**
     * @return the number of rows under the filter; for a source with a limit, at most {@link #LIST_LIMIT}
     *         (and {@link #truncated()} says whether there are more)
     */
    public int count() {
        if (counted == null) {
            F current = filter;
            if (countUpTo == null) {
                counted = guarded(() -> count.count(current), () -> 0);
            } else {
                int n = guarded(() -> countUpTo.count(current, LIST_LIMIT + 1), () -> 0);
                truncated = n > LIST_LIMIT;
                counted = Math.min(n, LIST_LIMIT);
            }
        }
        return counted;
    }

    /** @return whether the last {@link #count()} stopped at {@link #LIST_LIMIT} with more rows under the filter */
    public boolean truncated() {
        return truncated;
    }

    /**
     * @return the list's total for its label: {@code <list>.total} with the count, or {@code <list>.totalMore}
     *         with {@link #LIST_LIMIT} when there are more rows than a list counts
     */
    public String totalText(Texts texts, String list) {
        int n = count();
        return truncated ? texts.get(list + ".totalMore", LIST_LIMIT) : texts.get(list + ".total", n);
    }

    /** @return every row under the filter, for an export (read page by page until a page comes back short) */
    public List<T> all() {
        F current = filter;
        return guarded(() -> {
            List<T> rows = new ArrayList<>();
            int offset = 0;
            while (true) {
                List<T> page = search.search(current, new PageRequest(offset, PageRequest.MAX_LIMIT, null, true));
                rows.addAll(page);
                offset += page.size();
                if (page.size() < PageRequest.MAX_LIMIT) {
                    return rows;
                }
            }
        }, List::of);
    }

    /** @return a lazy data provider over these rows; refreshed when the filter changes */
    public DataProvider<T, Void> dataProvider() {
        if (provider == null) {
            provider = DataProvider.fromCallbacks(q -> fetch(q.getOffset(), q.getLimit(), q.getSortOrders()),
                    q -> count());
        }
        return provider;
    }

    /** Re-reads the rows, e.g. after a change. */
    public void refresh() {
        counted = null;
        if (provider != null) {
            provider.refreshAll();
        }
    }

    private <R> R guarded(Supplier<R> call, Supplier<R> fallback) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            if (!deniedReported) {
                deniedReported = true;
                denied.accept(e.getMessage());
            }
            return fallback.get();
        }
    }
}
