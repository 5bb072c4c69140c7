package org.atrium.platform.admin.internal.notices;

import org.atrium.shell.api.ui.Html;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
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
    private final CssLayout rows = new CssLayout();

    NoticePortlet(ShellContext context, Texts texts, AnnouncementService announcements) {
        this.context = context;
        this.texts = texts;
        this.announcements = announcements;
        this.reader = new NoticeReader(context, texts, announcements);
        setMargin(false);
        setSpacing(false);
        rows.setWidthFull();
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

    // one button per announcement (it opens a dialog), with the unread dot and the date in its caption
    private Button row(Announcement notice) {
        String unread = texts.get("notices.unread");
        String caption = (notice.read() ? ""
                : "<span class=\"v-label-colored\" title=\"" + Html.escape(unread) + "\" aria-label=\""
                        + Html.escape(unread) + "\">\u25CF</span> ")
                + Html.escape(notice.title()) + " <span class=\"v-label-light v-label-small\">"
                + Html.escape(NoticeText.dateTime(notice.publishedAt(), ZoneId.systemDefault())) + "</span>";
        Button title = new Button(caption, e -> reader.open(notice, this::refresh));
        title.setCaptionAsHtml(true);
        title.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL, "atrium-popup-link");
        return title;
    }
}
