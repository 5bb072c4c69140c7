package org.atrium.platform.core.internal.org;

import java.util.concurrent.atomic.AtomicLong;

import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps the org tree in memory: it is small (hundreds of units) and read on every scoped query.
 * Writers call {@link #invalidate()} after their commit; the next reader loads a fresh snapshot.
 */
@Component(service = OrgTreeCache.class)
public final class OrgTreeCache {

    private final PlatformStore store;
    private final AtomicLong generation = new AtomicLong();
    private volatile OrgTree tree;

    @Activate
    public OrgTreeCache(@Reference PlatformStore store) {
        this.store = store;
    }

    /** @return the current tree */
    public OrgTree tree() {
        OrgTree current = tree;
        long wanted = generation.get();
        if (current != null && current.generation() == wanted) {
            return current;
        }
        OrgTree loaded = store.jpa().read(em -> OrgTree.of(wanted,
                em.createQuery("SELECT u FROM OrgUnitEntity u", OrgUnitEntity.class).getResultList()));
        tree = loaded;
        return loaded;
    }

    /** Drops the snapshot; call after committing a change to ATR_ORG_UNIT. */
    public void invalidate() {
        generation.incrementAndGet();
    }
}
