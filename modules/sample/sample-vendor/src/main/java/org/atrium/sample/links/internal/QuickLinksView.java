package org.atrium.sample.links.internal;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The quick-links page in the office category. */
@Component(service = ViewContribution.class)
public class QuickLinksView implements ViewContribution {

    private final QuickLinksService links;

    @Activate
    public QuickLinksView(@Reference QuickLinksService links) {
        this.links = links;
    }

    @Override
    public String id() {
        return SampleText.VIEW_ID;
    }

    @Override
    public String categoryId() {
        return NavigationCategory.OFFICE;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String title(Locale locale) {
        return SampleText.MESSAGES.get(locale, "title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.LINK;
    }

    @Override
    public String requiredPermission() {
        return SampleText.VIEW_PERMISSION;
    }

    @Override
    public View createView(ShellContext context) {
        Page page = new Page();
        Label heading = new Label(title(context.locale()));
        heading.addStyleName(ValoTheme.LABEL_H2);
        page.addComponents(heading, LinkList.of(links.catalog().links(), context));
        return page;
    }

    /** The page: a heading and the list. */
    static final class Page extends VerticalLayout implements View {
        private static final long serialVersionUID = 1L;
    }
}
