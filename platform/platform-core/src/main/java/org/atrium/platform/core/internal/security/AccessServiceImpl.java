package org.atrium.platform.core.internal.security;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.atrium.platform.core.internal.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Permission and data-scope checks over the cached {@link ScopeResolver}. */
@Component(service = {AccessService.class, AccessServiceImpl.class})
public final class AccessServiceImpl implements AccessService {

    private final ScopeResolver resolver;
    private final Texts texts = new Texts();

    @Activate
    public AccessServiceImpl(@Reference ScopeResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean isPermitted(UserContext user, String permission) {
        return scopeOf(user, permission).isGranted();
    }

    @Override
    public void checkPermitted(UserContext user, String permission) {
        if (!isPermitted(user, permission)) {
            throw denied(user, permission);
        }
    }

    @Override
    public ScopeFilter scopeOf(UserContext user, String permission) {
        return resolver.scopeOf(user.userId(), permission);
    }

    @Override
    public void checkRecord(UserContext user, String permission, long ownerUnitId, Long ownerUserId) {
        if (!scopeOf(user, permission).permits(ownerUnitId, ownerUserId)) {
            throw denied(user, permission);
        }
    }

    /** Checks that the permission reaches the whole group. */
    public void checkWholeGroup(UserContext user, String permission) {
        if (!scopeOf(user, permission).wholeGroup()) {
            throw denied(user, permission);
        }
    }

    /** @return the exception for a missing permission, in the user's language */
    public AccessDeniedException denied(UserContext user, String permission) {
        return new AccessDeniedException(permission, texts.get(user.locale(), "access.denied"));
    }
}
