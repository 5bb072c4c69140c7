package org.atrium.platform.api.audit;

import java.time.Instant;

/**
 * A filter over the audit log; every field may be {@code null} for "any".
 *
 * @param text       contained in actor login, target or detail (case-insensitive)
 * @param actionPrefix action code prefix, e.g. {@code login.}
 * @param from       earliest time, inclusive
 * @param to         latest time, exclusive
 */
public record AuditQuery(String text, String actionPrefix, Instant from, Instant to) {
}
