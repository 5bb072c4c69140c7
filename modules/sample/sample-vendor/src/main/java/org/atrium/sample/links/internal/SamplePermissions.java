package org.atrium.sample.links.internal;

import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** Declares the bundle's one permission so that admins can grant it to roles. */
@Component(service = PermissionProvider.class)
public class SamplePermissions implements PermissionProvider {

    @Override
    public String groupId() {
        return "sample";
    }

    @Override
    public String groupLabel(Locale locale) {
        return SampleText.MESSAGES.get(locale, "group");
    }

    @Override
    public List<PermissionDeclaration> permissions() {
        return List.of(new PermissionDeclaration(SampleText.VIEW_PERMISSION, groupId(),
                locale -> SampleText.MESSAGES.get(locale, "permission.view"), false));
    }
}
