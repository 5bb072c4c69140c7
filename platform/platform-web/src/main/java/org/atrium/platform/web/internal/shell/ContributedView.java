package org.atrium.platform.web.internal.shell;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewBeforeLeaveEvent;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Component;
import org.atrium.shell.api.ViewContribution;

/** A view created by a contribution, remembering which one, so the shell notices when it goes away. */
final class ContributedView implements View {

    private static final long serialVersionUID = 1L;

    private final transient ViewContribution source;
    private final View view;

    ContributedView(ViewContribution source, View view) {
        this.source = source;
        this.view = view;
    }

    ViewContribution source() {
        return source;
    }

    @Override
    public void enter(ViewChangeEvent event) {
        view.enter(event);
    }

    @Override
    public void beforeLeave(ViewBeforeLeaveEvent event) {
        view.beforeLeave(event);
    }

    @Override
    public Component getViewComponent() {
        return view.getViewComponent();
    }
}
