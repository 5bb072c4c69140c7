package org.atrium.crm.web.internal.pool;

import java.util.function.Supplier;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;

/**
 * Claiming from and releasing to the public pool, with the service's refusals turned into one
 * clear sentence each: the service's own message for a reached limit or a customer someone else
 * took first, "no longer in the pool" when it vanished, "not permitted" when refused.
 */
public final class PoolClaims {

    /** What a claim or release came to: the customer afterwards, or why not. */
    public record Outcome(Customer customer, String error) {

        /** @return whether the move happened */
        public boolean ok() {
            return customer != null;
        }
    }

    private final CustomerPoolService pool;
    private final Texts keys;

    /** @param keys the account texts ({@code crmkey}) */
    public PoolClaims(CustomerPoolService pool, Texts keys) {
        this.pool = pool;
        this.keys = keys;
    }

    /** Claims the customer for the caller. */
    public Outcome claim(UserContext caller, long customerId) {
        return run(() -> pool.claim(caller, customerId), "pool.claim.gone");
    }

    /** Gives the caller's customer back to the pool of its company. */
    public Outcome release(UserContext caller, long customerId) {
        return run(() -> pool.releaseToPool(caller, customerId), "pool.release.gone");
    }

    private Outcome run(Supplier<Customer> move, String goneKey) {
        try {
            return new Outcome(move.get(), null);
        } catch (ValidationException e) {
            String message = e.getMessage();
            return new Outcome(null, message == null || message.isBlank() ? keys.get("pool.failed") : message);
        } catch (NotFoundException e) {
            return new Outcome(null, keys.get(goneKey));
        } catch (AccessDeniedException e) {
            return new Outcome(null, keys.get("pool.denied"));
        }
    }
}
