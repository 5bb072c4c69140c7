package org.atrium.platform.admin.internal.notices;

import org.atrium.shell.api.ui.ServiceCall;

import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.shell.api.ShellContext;

/** Opens an announcement for its reader and marks it read. */
final class NoticeReader {

    private final ShellContext context;
    private final Texts texts;
    private final AnnouncementService announcements;

    NoticeReader(ShellContext context, Texts texts, AnnouncementService announcements) {
        this.context = context;
        this.texts = texts;
        this.announcements = announcements;
    }

    /**
     * @param afterRead runs after the announcement was marked read, e.g. to refresh a list
     */
    void open(Announcement notice, Runnable afterRead) {
        context.ui().addWindow(new NoticeDialog(texts, notice));
        if (!notice.read() && new ServiceCall(context).run(
                () -> announcements.markRead(context.user(), notice.id()))) {
            afterRead.run();
        }
    }
}
