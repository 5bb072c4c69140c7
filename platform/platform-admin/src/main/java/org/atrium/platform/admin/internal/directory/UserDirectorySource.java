package org.atrium.platform.admin.internal.directory;

import org.atrium.shell.api.ui.Pages;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.data.provider.QuerySortOrder;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;

/**
 * The rows of a lazy user grid under the filter the view holds: the directory
 * ({@link UserService#directory}) or the admin listing ({@link UserService#search}). The service
 * applies the caller's data scope; this class only pages, sorts and filters. When the caller may
 * not read the list at all, the grid stays empty and the refusal is reported once per filter,
 * instead of failing inside the grid's data request.
 */
public final class UserDirectorySource {

    /** The properties {@link UserService#directory} and {@link UserService#search} document as sortable. */
    public static final Set<String> SORTABLE = Set.of("displayName", "login", "unitName");

    private final Listing listing;
    private final UserContext caller;
    private final Consumer<String> denied;
    private UserQuery query = UserQuery.all();
    private CallbackDataProvider<UserSummary, Void> provider;
    private boolean deniedReported;

    private UserDirectorySource(Listing listing, UserContext caller, Consumer<String> denied) {
        this.listing = listing;
        this.caller = caller;
        this.denied = denied;
    }

    /**
     * The directory (通讯录): everybody the caller may look up.
     *
     * @param denied shows the service's refusal, e.g. {@code ShellContext::showError}
     */
    public static UserDirectorySource directory(UserService users, UserContext caller, Consumer<String> denied) {
        return new UserDirectorySource(new Listing() {
            @Override
            public List<UserSummary> page(UserContext c, UserQuery q, PageRequest p) {
                return users.directory(c, q, p);
            }

            @Override
            public int count(UserContext c, UserQuery q) {
                return users.countDirectory(c, q);
            }
        }, caller, denied);
    }

    /**
     * The admin listing (用户管理): the users the caller administers.
     *
     * @param denied shows the service's refusal, e.g. {@code ShellContext::showError}
     */
    public static UserDirectorySource administration(UserService users, UserContext caller, Consumer<String> denied) {
        return new UserDirectorySource(new Listing() {
            @Override
            public List<UserSummary> page(UserContext c, UserQuery q, PageRequest p) {
                return users.search(c, q, p);
            }

            @Override
            public int count(UserContext c, UserQuery q) {
                return users.count(c, q);
            }
        }, caller, denied);
    }

    /**
     * Sets the filter; blank text means no text filter.
     *
     * @return the query now in effect
     */
    public UserQuery filter(String text, Long unitId, boolean includeDisabled) {
        String trimmed = text == null ? "" : text.strip();
        query = new UserQuery(trimmed.isEmpty() ? null : trimmed, unitId, includeDisabled);
        deniedReported = false;
        if (provider != null) {
            provider.refreshAll();
        }
        return query;
    }

    /** @return the filter in effect */
    public UserQuery query() {
        return query;
    }

    /** @return one page of rows as a grid asks for it */
    public Stream<UserSummary> fetch(int offset, int limit, List<QuerySortOrder> sorting) {
        return guarded(() -> Pages.fetch(Pages.of(offset, limit, sorting, SORTABLE),
                page -> listing.page(caller, query, page)), Stream::empty);
    }

    /** @return the number of rows under the filter */
    public int count() {
        return guarded(() -> listing.count(caller, query), () -> 0);
    }

    /** @return every row under the filter, for an export */
    public List<UserSummary> all() {
        UserQuery current = query;
        return guarded(() -> Pages.all(listing.count(caller, current),
                page -> listing.page(caller, current, page)), List::of);
    }

    /** @return a lazy data provider over these rows; refreshed when the filter changes */
    public DataProvider<UserSummary, Void> dataProvider() {
        if (provider == null) {
            provider = DataProvider.fromCallbacks(
                    q -> fetch(q.getOffset(), q.getLimit(), q.getSortOrders()), q -> count());
        }
        return provider;
    }

    /** Re-reads the rows, e.g. after a change. */
    public void refresh() {
        if (provider != null) {
            provider.refreshAll();
        }
    }

    private <T> T guarded(Supplier<T> call, Supplier<T> fallback) {
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

    /** One of the service's user lists. */
    private interface Listing {
        List<UserSummary> page(UserContext caller, UserQuery query, PageRequest page);

        int count(UserContext caller, UserQuery query);
    }
}
