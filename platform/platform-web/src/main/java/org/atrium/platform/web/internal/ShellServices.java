package org.atrium.platform.web.internal;

import java.util.Objects;

import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.portal.DashboardLayoutService;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.RoleService;
import org.atrium.platform.web.internal.registry.ContributionRegistry;

/**
 * The services a UI works with, handed to every new UI through its constructor.
 *
 * @param authentication sign-in, passwords, language
 * @param access         permission checks
 * @param org            the org tree, for the group name, profile and layout scopes
 * @param roles          the roles, for role-wide dashboard layouts
 * @param layouts        dashboard layouts
 * @param registry       the contributions
 * @param pushEnabled    whether UIs should use server push
 */
public record ShellServices(AuthenticationService authentication, AccessService access, OrgService org,
        RoleService roles, DashboardLayoutService layouts, ContributionRegistry registry, boolean pushEnabled) {

    public ShellServices {
        Objects.requireNonNull(authentication);
        Objects.requireNonNull(access);
        Objects.requireNonNull(org);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(layouts);
        Objects.requireNonNull(registry);
    }
}
