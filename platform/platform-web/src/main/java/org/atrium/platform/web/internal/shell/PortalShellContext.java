package org.atrium.platform.web.internal.shell;

import java.util.function.Supplier;

import com.vaadin.shared.Position;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.shell.api.ShellContext;

/** The {@link ShellContext} of one UI, handed to every view and portlet the shell creates. */
final class PortalShellContext implements ShellContext {

    private final UI ui;
    private final Supplier<UserContext> user;
    private final AccessService access;

    PortalShellContext(UI ui, Supplier<UserContext> user, AccessService access) {
        this.ui = ui;
        this.user = user;
        this.access = access;
    }

    @Override
    public UserContext user() {
        return user.get();
    }

    @Override
    public void navigate(String viewId, String parameter) {
        String state = viewId == null ? "" : viewId;
        if (parameter != null && !parameter.isEmpty()) {
            state = state + "/" + parameter;
        }
        ui.getNavigator().navigateTo(state);
    }

    @Override
    public void reloadView() {
        // The view provider creates a new view for every navigation, so navigating to the current state builds
        // the view afresh instead of being ignored as a no-op.
        ui.getNavigator().navigateTo(ui.getNavigator().getState());
    }

    @Override
    public boolean isPermitted(String permission) {
        return permission == null || access.isPermitted(user(), permission);
    }

    @Override
    public void notify(String message) {
        Notification notification = new Notification(message, Notification.Type.TRAY_NOTIFICATION);
        notification.setPosition(Position.BOTTOM_RIGHT);
        notification.show(ui.getPage());
    }

    @Override
    public void showError(String message) {
        Notification notification = new Notification(message, Notification.Type.ERROR_MESSAGE);
        notification.setDelayMsec(-1);
        notification.show(ui.getPage());
    }

    @Override
    public UI ui() {
        return ui;
    }
}
