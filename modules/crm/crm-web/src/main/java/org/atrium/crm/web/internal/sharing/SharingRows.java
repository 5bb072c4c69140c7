package org.atrium.crm.web.internal.sharing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.web.internal.Texts;

/** How sharing requests read in lists: status names, dates, and the pending ones of one customer. */
public final class SharingRows {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SharingRows() {
    }

    /** @return the localised status */
    public static String status(Texts keys, SharingStatus status) {
        return status == null ? "" : keys.get("sharing.status." + status.name());
    }

    /** @return the instant as {@code yyyy-MM-dd HH:mm} in the server's zone, empty for {@code null} */
    public static String when(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** @return the pending requests among {@code incoming} that concern the customer */
    public static List<SharingRequest> pendingFor(List<SharingRequest> incoming, long customerId) {
        return incoming.stream()
                .filter(r -> r.status() == SharingStatus.PENDING && r.customerId() != null
                        && r.customerId() == customerId)
                .toList();
    }
}
