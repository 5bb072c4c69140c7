package org.atrium.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaTest {

    private final EntityManagerFactory emf = mock(EntityManagerFactory.class);
    private final EntityManager em = mock(EntityManager.class);
    private final EntityTransaction tx = mock(EntityTransaction.class);
    private final Jpa jpa = new Jpa(emf);

    @BeforeEach
    void wire() {
        when(emf.createEntityManager()).thenReturn(em);
        when(em.getTransaction()).thenReturn(tx);
    }

    @Test
    void commitsAndClosesAfterSuccessfulWork() {
        Integer result = jpa.inTransaction(e -> 42);
        assertThat(result).isEqualTo(42);

        verify(tx).begin();
        verify(tx).commit();
        verify(tx, never()).rollback();
        verify(em).close();
    }

    @Test
    void rollsBackAndClosesWhenTheWorkThrows() {
        when(tx.isActive()).thenReturn(true);
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> jpa.run(e -> {
            throw failure;
        })).isSameAs(failure);

        verify(tx, never()).commit();
        verify(tx).rollback();
        verify(em).close();
    }

    @Test
    void aFailingRollbackDoesNotHideTheOriginalFailure() {
        when(tx.isActive()).thenReturn(true);
        RuntimeException rollbackFailure = new RuntimeException("rollback");
        org.mockito.Mockito.doThrow(rollbackFailure).when(tx).rollback();

        assertThatThrownBy(() -> jpa.run(e -> {
            throw new IllegalArgumentException("work");
        })).hasMessage("work").hasSuppressedException(rollbackFailure);
        verify(em).close();
    }

    @Test
    void readUsesNoTransactionAndClosesTheEntityManager() {
        when(em.find(String.class, 1L)).thenReturn("row");

        String row = jpa.read(e -> e.find(String.class, 1L));
        assertThat(row).isEqualTo("row");

        verify(em, never()).getTransaction();
        verify(em).close();
    }
}
