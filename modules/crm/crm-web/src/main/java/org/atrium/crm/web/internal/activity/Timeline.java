package org.atrium.crm.web.internal.activity;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.Activity;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * An activity timeline, newest first, a page at a time ("show more"). Open next steps can be
 * marked done by users with {@code crm.activity.edit}.
 */
public final class Timeline extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ShellContext context;
    private final Texts texts;
    private final transient ActivityService activities;
    private final transient Directory names;
    private final ActivityFilter filter;
    private final VerticalLayout entries = new VerticalLayout();
    private final Button more;
    private int shown;

    public Timeline(ShellContext context, Texts texts, ActivityService activities, Directory names,
            ActivityFilter filter) {
        this.context = context;
        this.texts = texts;
        this.activities = activities;
        this.names = names;
        this.filter = filter;
        setMargin(false);
        entries.setMargin(false);
        more = new Button(texts.get("timeline.more"), e -> loadMore());
        more.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        addComponents(entries, more);
        reload();
    }

    /** Reads the newest page again, e.g. after an activity was added. */
    public void reload() {
        entries.removeAllComponents();
        shown = 0;
        loadMore();
    }

    private void loadMore() {
        List<Activity> page = new ServiceCall(context).get(() -> activities.search(context.user(), filter,
                new PageRequest(shown, PAGE, "occurredAt", false)), null);
        if (page == null) {
            page = List.of();
        }
        if (shown == 0 && page.isEmpty()) {
            Label empty = new Label(texts.get("timeline.empty"));
            empty.addStyleName(ValoTheme.LABEL_LIGHT);
            entries.addComponent(empty);
        }
        page.forEach(a -> entries.addComponent(entry(a)));
        shown += page.size();
        more.setVisible(page.size() == PAGE);
    }

    private VerticalLayout entry(Activity a) {
        Labels labels = new Labels(texts);
        Label head = new Label(WHEN.format(a.occurredAt().atZone(ZoneId.systemDefault())) + "  ·  "
                + labels.of(a.type()) + (a.channel() == null ? "" : "（" + a.channel() + "）") + "  ·  "
                + names.user(a.ownerUserId()));
        head.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
        Label subject = new Label(a.subject());
        subject.addStyleName(ValoTheme.LABEL_BOLD);
        subject.setWidth("100%");
        VerticalLayout entry = new VerticalLayout(head, subject);
        entry.setMargin(false);
        entry.setSpacing(false);
        if (a.content() != null) {
            Label content = new Label(a.content());
            content.setWidth("100%");
            entry.addComponent(content);
        }
        if (a.nextStep() != null) {
            entry.addComponent(nextStep(a));
        }
        return entry;
    }

    private HorizontalLayout nextStep(Activity a) {
        Label step = new Label(texts.get(a.nextStepDone() ? "timeline.nextStep.done" : "timeline.nextStep",
                a.nextStep(), a.nextStepDate() == null ? "" : a.nextStepDate().toString()));
        step.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout row = new HorizontalLayout(step);
        if (!a.nextStepDone() && context.isPermitted(CrmPermissions.ACTIVITY_EDIT)) {
            Button done = new Button(texts.get("timeline.complete"), e -> {
                if (new ServiceCall(context).run(() -> activities.completeNextStep(context.user(), a.id()))) {
                    reload();
                }
            });
            done.setIcon(VaadinIcons.CHECK);
            done.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_BORDERLESS);
            row.addComponent(done);
        }
        return row;
    }
}
