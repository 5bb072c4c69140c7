package org.atrium.platform.admin.internal.notices;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 公告 (office/notices): every announcement the user may read. */
@Component(service = ViewContribution.class)
public class NoticesViewContribution implements ViewContribution {

    /** The view's id. */
    public static final String ID = "office/notices";

    private final AnnouncementService announcements;

    @Activate
    public NoticesViewContribution(@Reference AnnouncementService announcements) {
        this.announcements = announcements;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String categoryId() {
        return NavigationCategory.OFFICE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("notices.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.MEGAFONE;
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public View createView(ShellContext context) {
        return new NoticesView(context, Texts.of(context.locale()), announcements);
    }
}
