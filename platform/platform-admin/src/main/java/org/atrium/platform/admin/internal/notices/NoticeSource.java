package org.atrium.platform.admin.internal.notices;

import org.atrium.shell.api.ui.Pages;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.notice.ManagedAnnouncement;

/**
 * The rows of a lazy announcement grid, newest first (the service's only order): the reader's
 * announcements ({@link AnnouncementService#list}) or the manager's ({@link AnnouncementService#manageable}).
 * A refusal leaves the grid empty and is reported once, instead of failing inside the grid's data request.
 *
 * @param <T> the row type
 */
final class NoticeSource<T> {

    private final Function<PageRequest, List<T>> page;
    private final IntSupplier count;
    private final Consumer<String> denied;
    private CallbackDataProvider<T, Void> provider;
    private boolean deniedReported;

    private NoticeSource(Function<PageRequest, List<T>> page, IntSupplier count, Consumer<String> denied) {
        this.page = page;
        this.count = count;
        this.denied = denied;
    }

    /** The announcements the user reads, with the user's read flags. */
    static NoticeSource<Announcement> forReader(AnnouncementService announcements, UserContext reader,
            Consumer<String> denied) {
        return new NoticeSource<>(p -> announcements.list(reader, p), () -> announcements.count(reader), denied);
    }

    /** The announcements the user manages, with target unit and readers. */
    static NoticeSource<ManagedAnnouncement> forManager(AnnouncementService announcements, UserContext manager,
            Consumer<String> denied) {
        return new NoticeSource<>(p -> announcements.manageable(manager, p),
                () -> announcements.countManageable(manager), denied);
    }

    /** @return one page of rows as a grid asks for it */
    Stream<T> fetch(int offset, int limit) {
        return guarded(() -> Pages.fetch(Pages.of(offset, limit, List.of(), Set.of()), page), Stream::empty);
    }

    /** @return the number of rows */
    int count() {
        return guarded(count::getAsInt, () -> 0);
    }

    /** @return a lazy data provider over these rows */
    DataProvider<T, Void> dataProvider() {
        if (provider == null) {
            provider = DataProvider.fromCallbacks(q -> fetch(q.getOffset(), q.getLimit()), q -> count());
        }
        return provider;
    }

    /** Re-reads the rows, e.g. after a change; a refusal is reported again. */
    void refresh() {
        deniedReported = false;
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
