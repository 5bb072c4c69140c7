package org.atrium.platform.admin.internal.directory;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.data.provider.QuerySortOrder;
import org.atrium.platform.admin.internal.Pages;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;

/**
 * The rows of a lazy user grid: {@link UserService#directory} under the filter the view holds.
 * The service applies the caller's data scope; this class only pages, sorts and filters.
 */
public final class UserDirectorySource {

    /** The properties {@link UserService#directory} documents as sortable. */
    public static final Set<String> SORTABLE = Set.of("displayName", "login", "unitName");

    private final UserService users;
    private final UserContext caller;
    private UserQuery query = UserQuery.all();
    private CallbackDataProvider<UserSummary, Void> provider;

    public UserDirectorySource(UserService users, UserContext caller) {
        this.users = users;
        this.caller = caller;
    }

    /**
     * Sets the filter; blank text means no text filter.
     *
     * @return the query now in effect
     */
    public UserQuery filter(String text, Long unitId, boolean includeDisabled) {
        String trimmed = text == null ? "" : text.strip();
        query = new UserQuery(trimmed.isEmpty() ? null : trimmed, unitId, includeDisabled);
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
        return Pages.fetch(Pages.of(offset, limit, sorting, SORTABLE), page -> users.directory(caller, query, page));
    }

    /** @return the number of rows under the filter */
    public int count() {
        return users.countDirectory(caller, query);
    }

    /** @return every row under the filter, for an export */
    public List<UserSummary> all() {
        UserQuery current = query;
        return Pages.all(users.countDirectory(caller, current), page -> users.directory(caller, current, page));
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
}
