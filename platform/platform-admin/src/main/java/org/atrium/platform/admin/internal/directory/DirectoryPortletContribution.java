package org.atrium.platform.admin.internal.directory;

import java.util.Locale;

import com.vaadin.ui.Component;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** 「通讯录」: a quick search of the directory within the user's data scope. */
@org.osgi.service.component.annotations.Component(service = PortletContribution.class)
public class DirectoryPortletContribution implements PortletContribution {

    private final UserService users;

    @Activate
    public DirectoryPortletContribution(@Reference UserService users) {
        this.users = users;
    }

    @Override
    public String id() {
        return "platform.directory";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("directory.title");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.SMALL;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.DIRECTORY_VIEW;
    }

    @Override
    public int defaultOrder() {
        return 30;
    }

    @Override
    public Component createPortlet(ShellContext context) {
        return new DirectoryPortlet(Texts.of(context.locale()), UserDirectorySource.directory(users, context.user(), context::showError));
    }
}
