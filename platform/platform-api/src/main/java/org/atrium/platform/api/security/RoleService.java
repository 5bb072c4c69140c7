package org.atrium.platform.api.security;

import java.util.List;
import java.util.Optional;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Roles and the permissions modules have declared. Changes need {@code platform.role.manage} and
 * are audited.
 */
@ProviderType
public interface RoleService {

    /** @return every role, by name */
    List<Role> roles();

    /** @return the role with this id */
    Optional<Role> role(long roleId);

    /** @return the roles a user holds */
    List<Role> rolesOf(long userId);

    /** @return every permission declared by an active bundle, grouped by group id, in order */
    List<PermissionDeclaration> declaredPermissions();

    /** @return the registered providers, for group labels */
    List<PermissionProvider> permissionProviders();

    /**
     * Creates a role.
     *
     * @throws org.atrium.platform.api.ValidationException for a duplicate code, an empty name or
     *         a custom scope without units
     */
    Role create(UserContext caller, String code, String name, String description, List<Grant> grants);

    /** Replaces name, description and grants of a role. */
    Role update(UserContext caller, long roleId, String name, String description, List<Grant> grants);

    /**
     * Deletes a role nobody holds.
     *
     * @throws org.atrium.platform.api.ValidationException when users still hold it
     */
    void delete(UserContext caller, long roleId);
}
