package org.atrium.platform.admin.internal.audit;

import org.atrium.shell.api.ui.Csv;
import org.atrium.shell.api.ui.Pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.data.provider.QuerySortOrder;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.audit.AuditEntry;
import org.atrium.platform.api.audit.AuditQuery;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;

/** Filter, paging and export of the audit log screen, apart from its components. */
final class AuditLogic {

    /** The action prefixes offered in the filter, as the platform's services record them. */
    static final List<String> ACTION_PREFIXES = List.of("login.", "user.", "role.", "org.", "notice.");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final UserContext caller;
    private final ZoneId zone;
    private AuditQuery query = new AuditQuery(null, null, null, null);

    AuditLogic(AuditService audit, UserContext caller, ZoneId zone) {
        this.audit = audit;
        this.caller = caller;
        this.zone = zone;
    }

    /**
     * Sets the filter. Dates are whole days in the server's zone: {@code from} from its start,
     * {@code to} up to its end.
     *
     * @return the query now in effect
     */
    AuditQuery filter(String text, String actionPrefix, LocalDate from, LocalDate to) {
        String trimmed = text == null ? "" : text.strip();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        query = new AuditQuery(trimmed.isEmpty() ? null : trimmed, actionPrefix, start, end);
        return query;
    }

    AuditQuery query() {
        return query;
    }

    /** @return one page, newest first (the log has one order, so the grid does not sort) */
    Stream<AuditEntry> fetch(int offset, int limit, List<QuerySortOrder> sorting) {
        AuditQuery current = query;
        return Pages.fetch(Pages.of(offset, limit, sorting, Set.of()),
                page -> audit.search(caller, current, page));
    }

    int count() {
        return audit.count(caller, query);
    }

    /** @return e.g. 2025-03-01 09:30:12 */
    String time(Instant time) {
        return time == null ? "" : TIME.format(time.atZone(zone));
    }

    /** @return e.g. {@code user:42}, or the type alone */
    static String target(AuditEntry entry) {
        if (entry.targetType() == null) {
            return entry.targetId() == null ? "" : entry.targetId();
        }
        return entry.targetId() == null ? entry.targetType() : entry.targetType() + ":" + entry.targetId();
    }

    /** @return the CSV of every entry under the filter */
    byte[] exportCsv(Texts texts) {
        AuditQuery current = query;
        List<AuditEntry> entries = Pages.all(audit.count(caller, current), page -> audit.search(caller, current, page));
        List<List<String>> rows = entries.stream().map(e -> List.of(time(e.time()), nz(e.actorLogin()),
                nz(e.action()), target(e), nz(e.detail()), nz(e.remoteAddress()))).toList();
        return Csv.write(List.of(texts.get("audit.column.time"), texts.get("audit.column.actor"),
                texts.get("audit.column.action"), texts.get("audit.column.target"), texts.get("audit.column.detail"),
                texts.get("audit.column.address")), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
