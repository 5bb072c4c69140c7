package org.atrium.crm.web.internal.classification;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;

/** 客户分类 (crm/classifications): the admin's classification dimensions and their values. */
@Component(service = ViewContribution.class)
public class ClassificationsContribution implements ViewContribution {

    private final ClassificationService service;

    @Activate
    public ClassificationsContribution(@Reference ClassificationService service) {
        this.service = service;
    }

    @Override
    public String id() {
        return "crm/classifications";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.CRM;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("classifications.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.TAGS;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CLASSIFICATION_MANAGE;
    }

    @Override
    public View createView(ShellContext context) {
        return new ClassificationsView(context, Texts.of(context.locale()), service);
    }
}
