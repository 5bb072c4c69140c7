package org.atrium.platform.admin.internal.notices;

import org.atrium.shell.api.ui.ConfirmDialog;

import org.atrium.shell.api.ui.ServiceCall;
import org.atrium.shell.api.ui.FieldErrors;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalSplitPanel;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Labels;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.notice.Announcement;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.notice.ManagedAnnouncement;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.ShellContext;

/**
 * Publishing (title, body, target unit) beside a lazy list of the announcements the user manages
 * (those targeted at units within the user's scope of {@code platform.notice.manage}), with their
 * target unit and readers, and withdrawal.
 */
final class NoticeAdminView extends HorizontalSplitPanel implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient AnnouncementService announcements;
    private final transient NoticeSource<ManagedAnnouncement> source;
    private final Grid<ManagedAnnouncement> grid = new Grid<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final ComboBox<OrgUnit> target = new ComboBox<>();
    private final FieldErrors errors;

    NoticeAdminView(ShellContext context, Texts texts, AnnouncementService announcements, OrgService org) {
        this.context = context;
        this.texts = texts;
        this.announcements = announcements;
        this.source = NoticeSource.forManager(announcements, context.user(), context::showError);
        Label formError = new Label();
        formError.addStyleName(ValoTheme.LABEL_FAILURE);
        errors = new FieldErrors(formError)
                .bind(title, "title")
                .bind(body, "body")
                .bind(target, "targetUnitId", "unit", "targetUnit");
        setSplitPosition(45, Unit.PERCENTAGE);
        setSizeFull();
        setFirstComponent(form(org.all(), formError));
        setSecondComponent(list());
    }

    private VerticalLayout form(List<OrgUnit> units, Label formError) {
        Label pageTitle = new Label(texts.get("noticeAdmin.title"));
        pageTitle.addStyleName(ValoTheme.LABEL_H2);
        Label heading = new Label(texts.get("noticeAdmin.publish.heading"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        title.setCaption(texts.get("noticeAdmin.field.title"));
        title.setMaxLength(200);
        title.setWidth("100%");
        body.setCaption(texts.get("noticeAdmin.field.body"));
        body.setWidth("100%");
        body.setRows(10);
        target.setCaption(texts.get("noticeAdmin.field.target"));
        target.setItems(units);
        target.setItemCaptionGenerator(Labels::indented);
        target.setEmptySelectionAllowed(false);
        target.setWidth("100%");
        units.stream().filter(u -> u.parentId() == null).findFirst().ifPresent(target::setValue);
        Button publish = Buttons.of(texts.get("noticeAdmin.publish"), VaadinIcons.MEGAFONE, e -> publish());
        publish.addStyleName(ValoTheme.BUTTON_PRIMARY);
        publish.setVisible(context.isPermitted(PlatformPermissions.NOTICE_MANAGE));
        FormLayout fields = new FormLayout(title, target, body);
        fields.setWidth("100%");
        return new VerticalLayout(pageTitle, heading, formError, fields, publish);
    }

    private VerticalLayout list() {
        Label heading = new Label(texts.get("noticeAdmin.list.heading"));
        heading.addStyleName(ValoTheme.LABEL_H3);
        ZoneId zone = ZoneId.systemDefault();
        grid.addColumn(m -> m.announcement().title()).setCaption(texts.get("notices.column.title")).setExpandRatio(1);
        grid.addColumn(ManagedAnnouncement::targetUnitName).setCaption(texts.get("noticeAdmin.column.target"));
        grid.addColumn(m -> m.announcement().authorName()).setCaption(texts.get("notices.column.author"));
        grid.addColumn(m -> NoticeText.dateTime(m.announcement().publishedAt(), zone))
                .setCaption(texts.get("notices.column.published"));
        grid.addColumn(ManagedAnnouncement::readers).setCaption(texts.get("noticeAdmin.column.readers"));
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        Button withdraw = Buttons.of(texts.get("noticeAdmin.withdraw"), VaadinIcons.TRASH, e -> withdrawSelected());
        withdraw.setEnabled(false);
        withdraw.setVisible(context.isPermitted(PlatformPermissions.NOTICE_MANAGE));
        grid.addSelectionListener(e -> withdraw.setEnabled(e.getFirstSelectedItem().isPresent()));
        VerticalLayout layout = new VerticalLayout(heading, withdraw, grid);
        layout.setSizeFull();
        layout.setExpandRatio(grid, 1);
        return layout;
    }

    private void publish() {
        errors.clear();
        if (target.getValue() == null) {
            errors.show(Map.of("targetUnitId", texts.get("noticeAdmin.error.target")));
            return;
        }
        long unitId = target.getValue().id();
        Announcement published = new ServiceCall(context).get(
                () -> announcements.publish(context.user(), unitId, title.getValue(), body.getValue()), errors::show);
        if (published != null) {
            title.clear();
            body.clear();
            context.notify(texts.get("noticeAdmin.published", published.title()));
            source.refresh();
        }
    }

    private void withdrawSelected() {
        grid.getSelectedItems().stream().findFirst().map(ManagedAnnouncement::announcement)
                .ifPresent(notice -> ConfirmDialog.ask(context.ui(), texts.locale(),
                texts.get("noticeAdmin.withdraw"), texts.get("noticeAdmin.withdraw.confirm", notice.title()),
                texts.get("noticeAdmin.withdraw"), () -> {
                    if (new ServiceCall(context).run(() -> announcements.withdraw(context.user(), notice.id()))) {
                        context.notify(texts.get("noticeAdmin.withdrawn"));
                        grid.deselectAll();
                        source.refresh();
                    }
                }));
    }
}
