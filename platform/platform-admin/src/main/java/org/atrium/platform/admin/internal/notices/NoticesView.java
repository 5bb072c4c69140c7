package org.atrium.platform.admin.internal.notices;

import java.time.ZoneId;

import com.vaadin.navigator.View;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.shell.api.ShellContext;

/** Every announcement for the reader, newest first, in a lazy grid; a click opens one and marks it read. */
final class NoticesView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient NoticeSource<Announcement> source;
    private final Grid<Announcement> grid = new Grid<>();

    NoticesView(ShellContext context, Texts texts, AnnouncementService announcements) {
        this.source = NoticeSource.forReader(announcements, context.user(), context::showError);
        setSizeFull();
        Label heading = new Label(texts.get("notices.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        NoticeReader reader = new NoticeReader(context, texts, announcements);
        ZoneId zone = ZoneId.systemDefault();
        grid.addColumn(n -> n.read() ? "" : texts.get("notices.unread")).setCaption(texts.get("notices.column.state"))
                .setWidth(90);
        grid.addColumn(Announcement::title).setCaption(texts.get("notices.column.title")).setExpandRatio(1);
        grid.addColumn(Announcement::authorName).setCaption(texts.get("notices.column.author"));
        grid.addColumn(n -> NoticeText.dateTime(n.publishedAt(), zone))
                .setCaption(texts.get("notices.column.published"));
        grid.setSizeFull();
        grid.setDataProvider(source.dataProvider());
        grid.addItemClickListener(e -> reader.open(e.getItem(), source::refresh));
        addComponents(heading, grid);
        setExpandRatio(grid, 1);
    }
}
