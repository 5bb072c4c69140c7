package org.atrium.platform.web.internal.dashboard;

import org.atrium.shell.api.ui.Html;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.NativeSelect;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The card around one portlet: title, the edit controls while customising, and the body. */
final class PortletFrame extends CssLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortletFrame.class);

    PortletFrame(DashboardModel.Tile tile, ShellContext context, boolean editing, boolean first, boolean last,
            Consumer<Consumer<DashboardModel>> edit) {
        PortletContribution portlet = tile.portlet();
        Locale locale = context.locale();
        addStyleNames("atrium-portlet", "cols-" + tile.columns());
        Component header;
        if (editing) {
            Label title = new Label(portlet.title(locale));
            title.addStyleName("atrium-portlet-title");
            header = new CssLayout(title, controls(portlet.id(), tile.columns(), locale, first, last, edit));
        } else {
            // one component for the header while not customising: an idle dashboard stays small
            header = new Label("<div class=\"atrium-portlet-title\">" + Html.escape(portlet.title(locale)) + "</div>",
                    ContentMode.HTML);
            header.setWidthFull();
        }
        header.addStyleName("atrium-portlet-header");
        CssLayout body = new CssLayout(body(portlet, context));
        body.addStyleName("atrium-portlet-body");
        addComponents(header, body);
    }

    private static Component body(PortletContribution portlet, ShellContext context) {
        try {
            return portlet.createPortlet(context);
        } catch (RuntimeException e) {
            LOG.error("Portlet {} failed", portlet.id(), e);
            Label failed = new Label(ShellText.get(context.locale(), "dashboard.portletFailed"));
            failed.addStyleName("atrium-error");
            return failed;
        }
    }

    private static CssLayout controls(String id, int columns, Locale locale, boolean first, boolean last,
            Consumer<Consumer<DashboardModel>> edit) {
        Button up = iconButton(VaadinIcons.ARROW_UP, ShellText.get(locale, "dashboard.moveUp"), () -> edit.accept(m -> m.moveUp(id)));
        up.setEnabled(!first);
        Button down = iconButton(VaadinIcons.ARROW_DOWN, ShellText.get(locale, "dashboard.moveDown"), () -> edit.accept(m -> m.moveDown(id)));
        down.setEnabled(!last);
        NativeSelect<Integer> width = new NativeSelect<>();
        width.setItems(List.of(1, 2, 3));
        width.setItemCaptionGenerator(n -> ShellText.get(locale, "dashboard.width." + n));
        width.setEmptySelectionAllowed(false);
        width.setValue(columns);
        width.setDescription(ShellText.get(locale, "dashboard.width"));
        width.addStyleName(ValoTheme.COMBOBOX_TINY);
        width.addValueChangeListener(event -> edit.accept(m -> m.resize(id, event.getValue())));
        Button remove = iconButton(VaadinIcons.CLOSE_SMALL, ShellText.get(locale, "dashboard.remove"), () -> edit.accept(m -> m.remove(id)));
        CssLayout controls = new CssLayout(up, down, width, remove);
        controls.addStyleName("atrium-portlet-controls");
        return controls;
    }

    private static Button iconButton(VaadinIcons icon, String description, Runnable action) {
        Button button = new Button(icon, event -> action.run());
        button.addStyleNames(ValoTheme.BUTTON_BORDERLESS, ValoTheme.BUTTON_ICON_ONLY, ValoTheme.BUTTON_SMALL);
        button.setDescription(description);
        return button;
    }
}
