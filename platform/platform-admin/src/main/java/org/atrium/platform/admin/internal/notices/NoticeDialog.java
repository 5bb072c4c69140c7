package org.atrium.platform.admin.internal.notices;

import java.time.ZoneId;

import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.Announcement;

/** Shows one announcement. */
final class NoticeDialog extends Window {

    private static final long serialVersionUID = 1L;

    NoticeDialog(Texts texts, Announcement notice) {
        super(notice.title());
        setModal(true);
        setWidth("640px");
        setHeight("480px");
        Label meta = new Label(texts.get("notice.meta", notice.authorName(),
                NoticeText.dateTime(notice.publishedAt(), ZoneId.systemDefault())));
        meta.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
        Label body = new Label(NoticeText.bodyHtml(notice.body()), ContentMode.HTML);
        body.setWidth("100%");
        Panel scroller = new Panel(body);
        scroller.addStyleName(ValoTheme.PANEL_BORDERLESS);
        scroller.setSizeFull();
        VerticalLayout content = new VerticalLayout(meta, scroller);
        content.setSizeFull();
        content.setExpandRatio(scroller, 1);
        setContent(content);
    }
}
