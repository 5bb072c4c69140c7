package org.atrium.crm.impl.internal.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.atrium.crm.api.transfer.ImportPreview;

/**
 * Previews waiting for a commit, in memory, each for the user who made it and until it expires. A
 * preview is taken out exactly once, so a double click commits once.
 */
final class Previews {

    /** A preview with the drafts of its valid rows, in row order. */
    record Pending(long userId, ImportPreview preview, List<RowChecker.Checked> rows) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Clock clock;

    Previews(Clock clock) {
        this.clock = clock;
    }

    Instant expiry(Duration lifetime) {
        return clock.instant().plus(lifetime);
    }

    void put(Pending p) {
        evictExpired();
        pending.put(p.preview().id(), p);
    }

    /** @return the caller's unexpired preview, removed; empty for unknown, expired or someone else's */
    Optional<Pending> take(long userId, String id) {
        evictExpired();
        if (id == null) {
            return Optional.empty();
        }
        Pending[] taken = new Pending[1];
        pending.computeIfPresent(id, (k, p) -> {
            if (p.userId() != userId) {
                return p;
            }
            taken[0] = p;
            return null;
        });
        return Optional.ofNullable(taken[0]);
    }

    /** @return whether a preview is held (for tests and monitoring) */
    int size() {
        return pending.size();
    }

    private void evictExpired() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.preview().expiresAt().isAfter(now));
    }
}
