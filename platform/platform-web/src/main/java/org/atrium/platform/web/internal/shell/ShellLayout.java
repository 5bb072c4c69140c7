package org.atrium.platform.web.internal.shell;

import java.util.Locale;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.ui.CssLayout;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.web.internal.ShellServices;
import org.atrium.platform.web.internal.dashboard.DashboardView;
import org.atrium.platform.web.internal.nav.NavigationModel;

/**
 * The signed-in portal: top bar, left navigation, and the content area the navigator fills.
 * Rebuilds navigation, dashboard and badge when contributions come and go; closes the dialogs of
 * a view the user leaves.
 */
final class ShellLayout extends CssLayout {

    private static final long serialVersionUID = 1L;

    /** What the shell asks of its UI. */
    interface SessionActions {
        void switchLanguage(Locale locale);

        void signOut();
    }

    private final transient ShellServices services;
    private final UserContext user;
    private final PortalShellContext context;
    private final TopBar topBar;
    private final NavigationMenu menu;
    private final CssLayout content = new CssLayout();
    private final Navigator navigator;

    ShellLayout(AtriumUI ui, ShellServices services, UserContext user, SessionActions actions) {
        this.services = services;
        this.user = user;
        this.context = new PortalShellContext(ui, () -> user, services.access());
        setSizeFull();
        addStyleName("atrium-shell");
        menu = new NavigationMenu();
        topBar = new TopBar(services, context, actions, () -> {
            if (getStyleName().contains("nav-open")) {
                removeStyleName("nav-open");
            } else {
                addStyleName("nav-open");
            }
        });
        content.addStyleName("atrium-content");
        CssLayout body = new CssLayout(menu, content);
        body.addStyleName("atrium-body");
        addComponents(topBar, body);

        navigator = new Navigator(ui, view -> {
            content.removeAllComponents();
            content.addComponent(view.getViewComponent());
        });
        navigator.addProvider(new ContributionViewProvider(services.registry(), context, this::dashboard, this::message));
        navigator.setErrorProvider(new ErrorViewProvider(this::message));
        navigator.addViewChangeListener(event -> {
            View view = event.getNewView();
            removeStyleName("nav-open");
            menu.select(view instanceof ContributedView contributed ? contributed.source().id()
                    : view instanceof DashboardView ? "" : null);
            return true;
        });
        navigator.addViewChangeListener(new DialogCloser(ui));
        refreshNavigation();
    }

    private View dashboard() {
        return new DashboardView(services, context);
    }

    private View message(MessageView.Reason reason) {
        return new MessageView(reason, user.locale(), () -> context.navigate("", null));
    }

    private void refreshNavigation() {
        menu.show(NavigationModel.build(services.registry().categories(), services.registry().views(),
                context::isPermitted, user.locale()), user.locale());
    }

    /** Called in the UI's lock after a contribution was added or removed. */
    void contributionsChanged() {
        refreshNavigation();
        topBar.refreshTodoCount();
        View current = navigator.getCurrentView();
        if (current instanceof DashboardView dashboardView) {
            dashboardView.refresh();
        } else if (current instanceof ContributedView contributed) {
            switch (OpenViewCheck.of(contributed.source(), services.registry().views())) {
                case REPLACED -> navigator.navigateTo(navigator.getState());
                case GONE -> {
                    content.removeAllComponents();
                    content.addComponent(message(MessageView.Reason.UNAVAILABLE).getViewComponent());
                }
                case STILL_THERE -> {
                    // nothing to do
                }
            }
        }
    }
}
