package org.atrium.platform.core.internal.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.core.internal.Texts;
import org.osgi.service.component.annotations.Component;

/** Declares the platform's own permissions for the role editor. */
@Component(service = PermissionProvider.class)
public final class PlatformPermissionProvider implements PermissionProvider {

    /** Every platform permission, in the order the role editor lists them. */
    public static final List<String> ALL = List.of(PlatformPermissions.ADMIN, PlatformPermissions.ORG_MANAGE,
            PlatformPermissions.USER_MANAGE, PlatformPermissions.ROLE_MANAGE, PlatformPermissions.AUDIT_VIEW,
            PlatformPermissions.DIRECTORY_VIEW, PlatformPermissions.NOTICE_MANAGE, PlatformPermissions.PORTAL_MANAGE);

    private static final Set<String> UNSCOPED = Set.of(PlatformPermissions.ADMIN, PlatformPermissions.ROLE_MANAGE);

    private final Texts texts = new Texts();

    @Override
    public String groupId() {
        return "platform";
    }

    @Override
    public String groupLabel(Locale locale) {
        return texts.get(locale, "permission.group.platform");
    }

    @Override
    public List<PermissionDeclaration> permissions() {
        return ALL.stream().map(id -> new PermissionDeclaration(id, groupId(),
                locale -> texts.get(locale, "permission." + id), !UNSCOPED.contains(id))).toList();
    }
}
