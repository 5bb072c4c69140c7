package org.atrium.platform.admin.internal.audit;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.server.Resource;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ShellContext;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 审计日志 (admin/audit): search and export the audit log. */
@Component(service = ViewContribution.class)
public class AuditContribution implements ViewContribution {

    private final AuditService audit;

    @Activate
    public AuditContribution(@Reference AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return "admin/audit";
    }

    @Override
    public String categoryId() {
        return NavigationCategory.ADMIN;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("audit.title");
    }

    @Override
    public Resource icon() {
        return VaadinIcons.RECORDS;
    }

    @Override
    public String requiredPermission() {
        return PlatformPermissions.AUDIT_VIEW;
    }

    @Override
    public View createView(ShellContext context) {
        return new AuditView(Texts.of(context.locale()),
                new AuditLogic(audit, context.user(), ZoneId.systemDefault()));
    }
}
