package org.atrium.platform.admin.internal.notices;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 公告管理 (admin/notices): publish and withdraw announcements. */
@Component(service = ViewContribution.class)
public class NoticeAdminContribution implements ViewContribution {

    private final AnnouncementService announcements;
    private final OrgService org;

    @Activate
    public NoticeAdminContribution(@Reference AnnouncementService announcements, @Reference OrgService org) {
        this.announcements = announcements;
        this.org = org;
    }

    @Override
    public String id() {
        return "admin/notices";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.ADMIN;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("noticeAdmin.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.MEGAFONE;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.NOTICE_MANAGE;
    }

    @Override
    public View createView(ShellContext context) {
        return new NoticeAdminView(context, Texts.of(context.locale()), announcements, org);
    }
}
