package org.atrium.crm.impl.internal;

import javax.persistence.EntityManagerFactory;

import org.atrium.platform.db.Jpa;
import org.atrium.platform.db.MigratedSchema;
import org.atrium.platform.db.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The persistence unit {@code atrium-crm}, available only once the CRM changelog has been applied
 * (the {@link MigratedSchema} marker of this bundle). Every component that touches CRM tables goes
 * through it.
 */
@Component(service = CrmStore.class)
public final class CrmStore {

    private final Jpa jpa;

    @Activate
    public CrmStore(@Reference(target = "(osgi.unit.name=atrium-crm)") EntityManagerFactory emf,
            @Reference(target = "(atrium.schema=org.atrium.crm-impl)") MigratedSchema schema) {
        this(emf);
    }

    /** For tests that migrate the database themselves. */
    public CrmStore(EntityManagerFactory emf) {
        this.jpa = new Jpa(emf);
    }

    /** @return the transaction helper over the unit */
    public Jpa jpa() {
        return jpa;
    }

    /**
     * How many rows an id query finds under a WHERE, counting no further than {@code atMost}: it reads the ids of
     * the first rows found, in no order, so the database stops after that many (the lists' capped counts).
     *
     * @param idQuery the query without its WHERE, e.g. {@code SELECT c.id FROM ContactEntity c}
     */
    public int countUpTo(String idQuery, Where where, int atMost) {
        return jpa().read(em -> where.bind(em.createQuery(idQuery + where.clause(), Long.class)).setMaxResults(atMost)
                .getResultList().size());
    }
}
