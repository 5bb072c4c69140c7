package org.atrium.crm.web.internal;

import org.atrium.shell.api.ui.Pages;

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

    private final Search<T, F> search;
    private final Count<F> count;
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
        this.search = search;
        this.count = count;
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

    /** @return the number of rows under the filter */
    public int count() {
        F current = filter;
        return guarded(() -> count.count(current), () -> 0);
    }

    /** @return every row under the filter, for an export */
    public List<T> all() {
        F current = filter;
        return guarded(() -> Pages.all(count.count(current), p -> search.search(current, p)), List::of);
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
