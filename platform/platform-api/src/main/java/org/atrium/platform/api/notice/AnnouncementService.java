package org.atrium.platform.api.notice;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Announcements (公告). Posting needs {@code platform.notice.manage}. An announcement targets an
 * org unit and is shown to users with a post in that unit or below it.
 */
@ProviderType
public interface AnnouncementService {

    /** Newest first, with the caller's read flags. */
    List<Announcement> list(UserContext reader, PageRequest page);

    /** @return how many announcements {@link #list} would return without paging */
    int count(UserContext reader);

    /**
     * Lists announcements for their managers: those targeted at units within the caller's data
     * scope of {@code platform.notice.manage}, newest first.
     *
     * @throws org.atrium.platform.api.AccessDeniedException without {@code platform.notice.manage}
     */
    List<ManagedAnnouncement> manageable(UserContext manager, PageRequest page);

    /** @return how many announcements {@link #manageable} would return without paging */
    int countManageable(UserContext manager);

    /** @return how many announcements the caller has not read */
    int unreadCount(UserContext reader);

    /** Marks one announcement read for the caller. */
    void markRead(UserContext reader, long announcementId);

    /**
     * Posts an announcement to a unit and everything below it.
     *
     * @throws org.atrium.platform.api.ValidationException for an empty title or body
     */
    Announcement publish(UserContext author, long targetUnitId, String title, String body);

    /** Withdraws an announcement. */
    void withdraw(UserContext author, long announcementId);
}
