package org.atrium.platform.core.internal;

import javax.persistence.EntityManagerFactory;

import org.atrium.platform.db.Jpa;
import org.atrium.platform.db.MigratedSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence unit {@code atrium-platform}, available only once the platform's changelog has
 * been applied. Every component of this bundle that touches tables goes through it.
 */
@Component(service = PlatformStore.class)
public final class PlatformStore {

    private final Jpa jpa;

    @Activate
    public PlatformStore(@Reference(target = "(osgi.unit.name=atrium-platform)") EntityManagerFactory emf,
            @Reference(target = "(atrium.schema=org.atrium.platform-core)") MigratedSchema schema) {
        this(emf);
    }

    /** For tests that migrate the database themselves. */
    public PlatformStore(EntityManagerFactory emf) {
        this.jpa = new Jpa(emf);
    }

    /** @return the transaction helper over the unit */
    public Jpa jpa() {
        return jpa;
    }
}
