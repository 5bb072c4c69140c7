package org.atrium.platform.db;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

/**
 * Runs work against a RESOURCE_LOCAL {@link EntityManagerFactory}: a fresh entity manager per call,
 * closed afterwards; writes in a transaction that commits when the work returns and rolls back
 * when it throws. Thread-safe; create one per factory.
 *
 * <pre>{@code
 * Jpa jpa = new Jpa(emf);
 * long id = jpa.inTransaction(em -> { em.persist(entity); return entity.getId(); });
 * List<Row> rows = jpa.read(em -> em.createQuery("...", Row.class).getResultList());
 * }</pre>
 *
 * Entities returned from a call are detached: map them to DTOs inside the call, or treat them as
 * read-only snapshots.
 */
public final class Jpa {

    private final EntityManagerFactory emf;

    /** @param emf the factory, as Aries JPA registers it for a persistence unit */
    public Jpa(EntityManagerFactory emf) {
        this.emf = Objects.requireNonNull(emf, "emf");
    }

    /**
     * Runs the work in a transaction.
     *
     * @return what the work returned, after the commit
     * @throws RuntimeException whatever the work or the commit threw, after a rollback
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(tx, e);
            throw e;
        } finally {
            em.close();
        }
    }

    /** Runs work that returns nothing in a transaction; see {@link #inTransaction(Function)}. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Runs read-only work without a transaction of its own (each query runs in auto-commit).
     *
     * @return what the work returned
     */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
