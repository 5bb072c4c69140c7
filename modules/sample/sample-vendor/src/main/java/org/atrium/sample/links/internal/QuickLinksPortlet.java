package org.atrium.sample.links.internal;

import java.util.Locale;

import com.vaadin.ui.Component;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The quick links as a small dashboard portlet. */
@org.osgi.service.component.annotations.Component(service = PortletContribution.class)
public class QuickLinksPortlet implements PortletContribution {

    private final QuickLinksService links;

    @Activate
    public QuickLinksPortlet(@Reference QuickLinksService links) {
        this.links = links;
    }

    @Override
    public String id() {
        return "sample.links";
    }

    @Override
    public String title(Locale locale) {
        return SampleText.MESSAGES.get(locale, "title");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.SMALL;
    }

    @Override
    public String requiredPermission() {
        return SampleText.VIEW_PERMISSION;
    }

    @Override
    public int defaultOrder() {
        return 900;
    }

    @Override
    public Component createPortlet(ShellContext context) {
        return LinkList.of(links.catalog().links(), context);
    }
}
