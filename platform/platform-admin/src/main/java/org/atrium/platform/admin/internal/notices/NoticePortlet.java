package org.atrium.platform.admin.internal.notices;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.shell.api.ShellContext;

/** The body of 「公告」: the newest announcements, a dot before unread ones, a link to all. */
final class NoticePortlet extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 6;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient AnnouncementService announcements;
    private final transient NoticeReader reader;
    private final VerticalLayout rows = new VerticalLayout();

    NoticePortlet(ShellContext context, Texts texts, AnnouncementService announcements) {
        this.context = context;
        this.texts = texts;
        this.announcements = announcements;
        this.reader = new NoticeReader(context, texts, announcements);
        setMargin(false);
        setSpacing(false);
        rows.setMargin(false);
        rows.setSpacing(false);
        Button all = new Button(texts.get("notices.all"), e -> context.navigate(NoticesViewContribution.ID, null));
        all.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        addComponents(rows, all);
        refresh();
    }

    private void refresh() {
        rows.removeAllComponents();
        List<Announcement> newest = announcements.list(context.user(), PageRequest.first(SHOWN));
        if (newest.isEmpty()) {
            Label empty = new Label(texts.get("notices.empty"));
            empty.addStyleName(ValoTheme.LABEL_LIGHT);
            rows.addComponent(empty);
            return;
        }
        newest.forEach(notice -> rows.addComponent(row(notice)));
    }

    private HorizontalLayout row(Announcement notice) {
        Label marker = new Label(notice.read() ? "" : "\u25CF");
        marker.setDescription(notice.read() ? null : texts.get("notices.unread"));
        marker.addStyleNames(ValoTheme.LABEL_COLORED, ValoTheme.LABEL_SMALL);
        marker.setWidth("12px");
        Button title = new Button(notice.title(), e -> reader.open(notice, this::refresh));
        title.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        Label date = new Label(NoticeText.dateTime(notice.publishedAt(), ZoneId.systemDefault()));
        date.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
        HorizontalLayout row = new HorizontalLayout(marker, title, date);
        row.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        return row;
    }
}
