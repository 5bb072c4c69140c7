package org.atrium.crm.api.lead;

import java.util.List;

import org.atrium.crm.api.customer.DuplicateMatch;

/**
 * The outcome of a conversion. Either converted (ids set) or stopped by similar duplicates the
 * caller has to look at first (then nothing was written).
 *
 * @param converted      whether the lead was converted
 * @param customerId     the customer (new or existing), or {@code null}
 * @param contactId      the new contact, or {@code null}
 * @param opportunityId  the new opportunity, or {@code null} when none was asked for
 * @param similar        similar customers found; non-empty only when not converted
 */
public record LeadConversionResult(boolean converted, Long customerId, Long contactId, Long opportunityId,
        List<DuplicateMatch> similar) {

    public LeadConversionResult {
        similar = List.copyOf(similar);
    }
}
