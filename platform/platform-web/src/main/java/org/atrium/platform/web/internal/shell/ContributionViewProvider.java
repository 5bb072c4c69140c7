package org.atrium.platform.web.internal.shell;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;
import org.atrium.platform.web.internal.nav.NavigationModel;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps {@code #!<viewId>[/<parameter>]} to the contributed views. View ids may contain slashes
 * ({@code crm/customers}), so the longest registered id that the state starts with wins. The
 * empty state is the dashboard.
 */
final class ContributionViewProvider implements ViewProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ContributionViewProvider.class);

    private final transient ContributionRegistry registry;
    private final transient ShellContext context;
    private final Supplier<View> dashboard;
    private final transient MessageViews messages;

    /** Creates the friendly pages. */
    interface MessageViews {
        View create(MessageView.Reason reason);
    }

    ContributionViewProvider(ContributionRegistry registry, ShellContext context, Supplier<View> dashboard,
            MessageViews messages) {
        this.registry = registry;
        this.context = context;
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @Override
    public String getViewName(String state) {
        if (state == null || state.isEmpty()) {
            return "";
        }
        return find(state).map(ViewContribution::id).orElse(null);
    }

    @Override
    public View getView(String viewName) {
        if (viewName.isEmpty()) {
            return dashboard.get();
        }
        Optional<ViewContribution> contribution = registry.views().stream()
                .filter(v -> v.id().equals(viewName)).findFirst();
        if (contribution.isEmpty()) {
            return messages.create(MessageView.Reason.UNAVAILABLE);
        }
        ViewContribution view = contribution.get();
        if (!NavigationModel.isVisible(view.requiredPermission(), context::isPermitted)) {
            return messages.create(MessageView.Reason.DENIED);
        }
        try {
            return new ContributedView(view, view.createView(context));
        } catch (RuntimeException e) {
            LOG.error("View {} failed to open", view.id(), e);
            return messages.create(MessageView.Reason.FAILED);
        }
    }

    /** @return the view whose id is the longest prefix of the state */
    Optional<ViewContribution> find(String state) {
        return registry.views().stream()
                .filter(v -> state.equals(v.id()) || state.startsWith(v.id() + "/"))
                .max(Comparator.comparingInt(v -> v.id().length()));
    }
}
