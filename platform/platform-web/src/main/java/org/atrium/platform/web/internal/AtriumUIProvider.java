package org.atrium.platform.web.internal;

import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.UIProvider;
import com.vaadin.shared.communication.PushMode;
import com.vaadin.ui.UI;
import org.atrium.platform.web.internal.shell.AtriumUI;

/** Creates the portal's UIs with the services passed in, and falls back from push when it is not available. */
final class AtriumUIProvider extends UIProvider {

    private static final long serialVersionUID = 1L;

    private final transient ShellServices services;

    AtriumUIProvider(ShellServices services) {
        this.services = services;
    }

    @Override
    public Class<? extends UI> getUIClass(UIClassSelectionEvent event) {
        return AtriumUI.class;
    }

    @Override
    public UI createInstance(UICreateEvent event) {
        return new AtriumUI(services);
    }

    @Override
    public PushMode getPushMode(UICreateEvent event) {
        if (!services.pushEnabled() || !event.getService().ensurePushAvailable()) {
            return PushMode.DISABLED;
        }
        return super.getPushMode(event);
    }
}
