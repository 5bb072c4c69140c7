package org.atrium.crm.web.internal.lead;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;

/** How the lead list filters and marks rows: overdue leads are highlighted. */
final class LeadRows {

    /** The properties {@code LeadService.search} documents as sortable. */
    static final Set<String> SORTABLE = Set.of("createdAt", "followUpDeadline", "contactName");
    static final String OVERDUE_STYLE = "crm-overdue";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    LeadRows(Clock clock) {
        this.clock = clock;
    }

    /** @return the row style: {@value #OVERDUE_STYLE} for an overdue lead, otherwise none */
    String style(Lead lead) {
        return lead.isOverdue(clock.instant()) ? OVERDUE_STYLE : null;
    }

    /** @return the deadline as the list shows it, empty when there is none */
    String deadline(Lead lead) {
        return lead.followUpDeadline() == null ? ""
                : WHEN.format(lead.followUpDeadline().atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    static LeadFilter filter(String text, LeadStatus status, SourceChannel channel, boolean overdueOnly,
            boolean mineOnly) {
        return new LeadFilter(text == null || text.isBlank() ? null : text.strip(),
                status == null ? null : Set.of(status), channel, overdueOnly, mineOnly);
    }
}
