package org.atrium.platform.admin.internal.notices;

import java.util.Locale;

import com.vaadin.ui.Component;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** 「公告」: the newest announcements for the user, unread ones marked. */
@org.osgi.service.component.annotations.Component(service = PortletContribution.class)
public class NoticePortletContribution implements PortletContribution {

    private final AnnouncementService announcements;

    @Activate
    public NoticePortletContribution(@Reference AnnouncementService announcements) {
        this.announcements = announcements;
    }

    @Override
    public String id() {
        return "platform.notices";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("notices.title");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.MEDIUM;
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public int defaultOrder() {
        return 20;
    }

    @Override
    public Component createPortlet(ShellContext context) {
        return new NoticePortlet(context, Texts.of(context.locale()), announcements);
    }
}
