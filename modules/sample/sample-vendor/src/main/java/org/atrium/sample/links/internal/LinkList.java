package org.atrium.sample.links.internal;

import java.util.List;

import com.vaadin.server.ExternalResource;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.shell.api.ShellContext;

/** The links as a list: portal views navigate in place, external links open in a new tab. */
final class LinkList {

    private LinkList() {
    }

    static Component of(List<QuickLink> links, ShellContext context) {
        VerticalLayout list = new VerticalLayout();
        list.setMargin(false);
        list.setSpacing(false);
        if (links.isEmpty()) {
            list.addComponent(new Label(SampleText.MESSAGES.get(context.locale(), "empty")));
            return list;
        }
        for (QuickLink link : links) {
            String label = link.label(context.locale());
            if (link.isPortalView()) {
                Button button = new Button(label, e -> navigate(context, link.viewPath()));
                button.addStyleName(ValoTheme.BUTTON_LINK);
                list.addComponent(button);
            } else {
                Link external = new Link(label, new ExternalResource(link.target()));
                external.setTargetName("_blank");
                list.addComponent(external);
            }
        }
        return list;
    }

    private static void navigate(ShellContext context, String path) {
        int slash = path.indexOf('/', path.indexOf('/') + 1);
        if (slash < 0) {
            context.navigate(path, null);
        } else {
            context.navigate(path.substring(0, slash), path.substring(slash + 1));
        }
    }
}
