package org.atrium.crm.web.internal.sharing;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 共享申请 (crm/sharing): requests to share customers, incoming and outgoing. */
@Component(service = ViewContribution.class)
public class SharingContribution implements ViewContribution {

    private final SharingService sharing;
    private final UserService users;
    private final OrgService org;

    @Activate
    public SharingContribution(@Reference SharingService sharing, @Reference UserService users,
            @Reference OrgService org) {
        this.sharing = sharing;
        this.users = users;
        this.org = org;
    }

    @Override
    public String id() {
        return "crm/sharing";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 13;
    }

    @Override
    public String title(Locale locale) {
        return AccountTexts.of(locale).get("sharing.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.CONNECT;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new SharingView(context, Texts.of(context.locale()), AccountTexts.of(context.locale()), sharing,
                new Directory(users, org));
    }
}
