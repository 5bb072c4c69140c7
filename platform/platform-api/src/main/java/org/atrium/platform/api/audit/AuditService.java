package org.atrium.platform.api.audit;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Records and searches the audit log. Searching needs {@code platform.audit.view}. */
@ProviderType
public interface AuditService {

    /**
     * Appends an entry. Call it in the same transaction-free way for successes and failures: it
     * commits on its own and never throws for a logging problem.
     *
     * @param actor      the acting user, or {@code null} for the system
     * @param action     stable code, e.g. {@code crm.customer.merge}
     * @param targetType kind of record
     * @param targetId   id of the record, or {@code null}
     * @param detail     human-readable description
     */
    void record(UserContext actor, String action, String targetType, String targetId, String detail);

    /** Newest first. */
    List<AuditEntry> search(UserContext caller, AuditQuery query, PageRequest page);

    /** @return the number of entries {@link #search} would return without paging */
    int count(UserContext caller, AuditQuery query);
}
