package org.atrium.platform.api.security;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A whiteboard service through which a module declares its permissions. Register one per module
 * (or vendor bundle); the role editor lists the permissions while the bundle is active.
 */
@ConsumerType
public interface PermissionProvider {

    /** @return the id of the group, e.g. {@code crm} */
    String groupId();

    /** @return the name of the group for the role editor, e.g. 客户关系 */
    String groupLabel(Locale locale);

    /** @return the permissions of this module */
    List<PermissionDeclaration> permissions();
}
