package org.atrium.platform.web.internal.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.web.internal.ShellServices;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.platform.web.internal.nav.NavigationModel;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home page: the user's portlets in a responsive grid (three columns wide, one on a phone).
 * "Customise" lets the user add, remove, move and resize portlets, saved at once; admins may
 * save the result as the default of a role, a company or the group.
 */
public final class DashboardView extends CssLayout implements View {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardView.class);

    private final transient ShellServices services;
    private final ShellContext context;
    private final CssLayout toolbar = new CssLayout();
    private final CssLayout grid = new CssLayout();
    private transient DashboardModel model;
    private boolean editing;

    public DashboardView(ShellServices services, ShellContext context) {
        this.services = services;
        this.context = context;
        addStyleName("atrium-dashboard-view");
        setId("shell-dashboard");
        setWidthFull();
        Label title = new Label(ShellText.get(locale(), "dashboard.title", context.user().displayName()));
        title.addStyleNames(ValoTheme.LABEL_H2, "atrium-page-title");
        CssLayout header = new CssLayout(title, toolbar);
        header.addStyleName("atrium-page-header");
        header.setWidthFull();
        toolbar.addStyleName("atrium-toolbar");
        grid.addStyleName("atrium-dashboard");
        grid.setWidthFull();
        addComponents(header, grid);
        refresh();
    }

    /** Reloads the layout and the permitted portlets, and draws them again. */
    public void refresh() {
        UserContext user = context.user();
        List<PortletContribution> permitted = services.registry().portlets().stream()
                .filter(p -> NavigationModel.isVisible(p.requiredPermission(), context::isPermitted))
                .toList();
        try {
            model = DashboardModel.resolve(services.layouts().layoutFor(user), permitted);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the dashboard layout of {}; showing the defaults", user.login(), e);
            model = DashboardModel.defaultsOf(permitted);
        }
        draw();
    }

    private void draw() {
        drawToolbar();
        grid.removeAllComponents();
        if (model.tiles().isEmpty()) {
            Label empty = new Label(ShellText.get(locale(), "dashboard.empty"));
            empty.addStyleName("atrium-empty");
            grid.addComponent(empty);
            return;
        }
        List<DashboardModel.Tile> tiles = model.tiles();
        for (int i = 0; i < tiles.size(); i++) {
            grid.addComponent(new PortletFrame(tiles.get(i), context, editing, i == 0, i == tiles.size() - 1,
                    this::edit));
        }
    }

    private void drawToolbar() {
        toolbar.removeAllComponents();
        Button customise = new Button(ShellText.get(locale(), editing ? "dashboard.done" : "dashboard.customise"),
                editing ? VaadinIcons.CHECK : VaadinIcons.COG);
        customise.addStyleName(ValoTheme.BUTTON_SMALL);
        customise.addClickListener(event -> {
            editing = !editing;
            draw();
        });
        toolbar.addComponent(customise);
        if (!editing) {
            return;
        }
        List<PortletContribution> addable = model.addable();
        if (!addable.isEmpty()) {
            ComboBox<PortletContribution> choice = new ComboBox<>();
            choice.setPlaceholder(ShellText.get(locale(), "dashboard.add"));
            choice.setItems(addable);
            choice.setItemCaptionGenerator(p -> p.title(locale()));
            choice.setEmptySelectionAllowed(false);
            choice.addStyleName(ValoTheme.COMBOBOX_SMALL);
            choice.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    edit(m -> m.add(event.getValue().id()));
                }
            });
            toolbar.addComponent(choice);
        }
        Button reset = new Button(ShellText.get(locale(), "dashboard.reset"), VaadinIcons.REFRESH);
        reset.addStyleName(ValoTheme.BUTTON_SMALL);
        reset.addClickListener(event -> {
            services.layouts().resetUserLayout(context.user());
            refresh();
        });
        toolbar.addComponent(reset);
        if (context.isPermitted(PlatformPermissions.PORTAL_MANAGE)) {
            Button saveDefault = new Button(ShellText.get(locale(), "dashboard.saveDefault"), VaadinIcons.GROUP);
            saveDefault.addStyleName(ValoTheme.BUTTON_SMALL);
            saveDefault.addClickListener(event -> context.ui().addWindow(
                    new SaveDefaultWindow(services, context, model.placements())));
            toolbar.addComponent(saveDefault);
        }
    }

    /** Applies one change of the user and saves the personal layout. */
    private void edit(Consumer<DashboardModel> change) {
        change.accept(model);
        try {
            services.layouts().saveUserLayout(context.user(), model.placements());
        } catch (RuntimeException e) {
            LOG.warn("Cannot save the dashboard of {}", context.user().login(), e);
            context.showError(ShellText.get(locale(), "dashboard.saveFailed"));
        }
        draw();
    }

    private Locale locale() {
        return context.locale();
    }
}
