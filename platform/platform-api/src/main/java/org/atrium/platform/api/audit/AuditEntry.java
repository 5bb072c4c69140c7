package org.atrium.platform.api.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id         the entry's id
 * @param time       when it happened
 * @param actorId    the acting user, or {@code null} for the system or an unknown login
 * @param actorLogin the login the actor used (also for failed sign-ins)
 * @param action     what happened, a stable code such as {@code login.failed}, {@code role.update}
 * @param targetType the kind of record, e.g. {@code user}, {@code role}, {@code crm.customer}
 * @param targetId   the record's id as text, or {@code null}
 * @param detail     a human-readable description of the change
 * @param remoteAddress the client address, or {@code null}
 */
public record AuditEntry(long id, Instant time, Long actorId, String actorLogin, String action, String targetType,
        String targetId, String detail, String remoteAddress) {
}
