package org.atrium.crm.impl.internal.provider;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** Declares the CRM permissions with zh-CN/en labels; all are scoped. */
@Component(service = PermissionProvider.class)
public final class CrmPermissionProvider implements PermissionProvider {

    private final Texts texts = new Texts();

    @Override
    public String groupId() {
        return CrmPermissions.GROUP;
    }

    @Override
    public String groupLabel(Locale locale) {
        return texts.get(locale, "group.label");
    }

    @Override
    public List<PermissionDeclaration> permissions() {
        return CrmPermissions.all().stream().map(id -> new PermissionDeclaration(id, CrmPermissions.GROUP,
                locale -> texts.get(locale, "perm." + id), true)).toList();
    }
}
