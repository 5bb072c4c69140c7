package org.atrium.platform.admin.internal.directory;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 通讯录 (office/directory): the people the user may see, searchable. */
@Component(service = ViewContribution.class)
public class DirectoryContribution implements ViewContribution {

    private final UserService users;
    private final OrgService org;

    @Activate
    public DirectoryContribution(@Reference UserService users, @Reference OrgService org) {
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "office/directory";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.OFFICE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("directory.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.CLIPBOARD_USER;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.DIRECTORY_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new DirectoryView(Texts.of(context.locale()), UserDirectorySource.directory(users, context.user(), context::showError),
                org.all());
    }
}
