package org.atrium.platform.web.internal;

import java.util.Locale;

import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import com.vaadin.ui.Component;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.i18n.Messages;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;

/** Small contributions for tests; their factories are never called by the logic under test. */
public final class Fixtures {

    public static final UserContext USER = new UserContext(7, "zhangwei", "张伟", 3, Messages.ZH_CN);

    private Fixtures() {
    }

    public static NavigationCategory category(String id, int order) {
        return new NavigationCategory() {
            public String id() { return id; }
            public String title(Locale locale) { return "cat:" + id; }
            public Resource icon() { return null; }
            public int order() { return order; }
        };
    }

    public static ViewContribution view(String id, String category, int order, String permission) {
        return view(id, category, order, permission, true);
    }

    public static ViewContribution view(String id, String category, int order, String permission, boolean inNav) {
        return new ViewContribution() {
            public String id() { return id; }
            public String categoryId() { return category; }
            public int order() { return order; }
            public String title(Locale locale) { return "view:" + id; }
            public Resource icon() { return null; }
            public String requiredPermission() { return permission; }
            public boolean inNavigation() { return inNav; }
            public View createView(ShellContext context) { throw new UnsupportedOperationException(); }
            public String toString() { return id; }
        };
    }

    public static PortletContribution portlet(String id, PortletSize size, int order, String permission) {
        return new PortletContribution() {
            public String id() { return id; }
            public String title(Locale locale) { return "portlet:" + id; }
            public PortletSize defaultSize() { return size; }
            public String requiredPermission() { return permission; }
            public int defaultOrder() { return order; }
            public Component createPortlet(ShellContext context) { throw new UnsupportedOperationException(); }
            public String toString() { return id; }
        };
    }
}
