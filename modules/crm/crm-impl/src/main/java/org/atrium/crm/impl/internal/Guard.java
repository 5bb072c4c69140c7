package org.atrium.crm.impl.internal;

import javax.persistence.EntityManager;

import org.atrium.crm.impl.internal.persistence.OwnedEntity;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;

/** Permission and scope checks with the CRM's localised messages. */
public final class Guard {

    private final AccessService access;
    private final Texts texts;

    public Guard(AccessService access, Texts texts) {
        this.access = access;
        this.texts = texts;
    }

    /** @return the caller's scope for the permission, throwing when it is not granted at all */
    public ScopeFilter scope(UserContext caller, String permission) {
        ScopeFilter scope = access.scopeOf(caller, permission);
        if (!scope.isGranted()) {
            throw denied(caller, permission);
        }
        return scope;
    }

    /** Checks an action on one row; throws {@link AccessDeniedException} outside the scope. */
    public void checkRecord(UserContext caller, String permission, long ownerUnitId, long ownerUserId) {
        if (!access.scopeOf(caller, permission).permits(ownerUnitId, ownerUserId)) {
            throw denied(caller, permission);
        }
    }

    /** @return the exception for a denied action */
    public AccessDeniedException denied(UserContext caller, String permission) {
        return new AccessDeniedException(permission, texts.get(caller.locale(), "access.denied"));
    }

    /** @return the exception for a record that does not exist for the caller */
    public NotFoundException notFound(UserContext caller, String kindKey) {
        return new NotFoundException(texts.get(caller.locale(), "notFound", texts.get(caller.locale(), kindKey)));
    }

    /**
     * Loads an owned record the caller sees with the view permission.
     *
     * @throws NotFoundException when it does not exist or lies outside the scope
     */
    public <T extends OwnedEntity> T visible(EntityManager em, Class<T> type, UserContext caller, String viewPermission,
            long id, String kindKey) {
        ScopeFilter scope = scope(caller, viewPermission);
        T row = em.find(type, id);
        if (row == null || !scope.permits(row.getOwnerUnitId(), row.getOwnerUserId())) {
            throw notFound(caller, kindKey);
        }
        return row;
    }

    /**
     * Loads an owned record the caller sees and may change with the permission.
     *
     * @throws NotFoundException when the caller cannot see it
     * @throws AccessDeniedException when the caller sees it but may not change it
     */
    public <T extends OwnedEntity> T changeable(EntityManager em, Class<T> type, UserContext caller,
            String viewPermission, String changePermission, long id, String kindKey) {
        T row = visible(em, type, caller, viewPermission, id, kindKey);
        checkRecord(caller, changePermission, row.getOwnerUnitId(), row.getOwnerUserId());
        return row;
    }

    /** @return the texts */
    public Texts texts() {
        return texts;
    }
}
