package org.atrium.crm.web.internal.lead;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.lead.LeadConversion;

/** Builds the service's conversion request from the dialog's choices. */
final class ConversionForm {

    private ConversionForm() {
    }

    /**
     * @param createNew        whether a new customer is registered (else {@code existingId} is used)
     * @param opportunityName  blank for no opportunity; then amount and close date are not sent
     */
    static LeadConversion conversion(boolean createNew, Long existingId, CustomerDraft newCustomer,
            String contactTitle, String opportunityName, BigDecimal amount, LocalDate close, boolean acceptSimilar) {
        boolean withOpportunity = opportunityName != null && !opportunityName.isBlank();
        return new LeadConversion(createNew ? null : existingId, createNew ? newCustomer : null, contactTitle,
                withOpportunity ? opportunityName.strip() : null, withOpportunity ? amount : null,
                withOpportunity ? close : null, acceptSimilar);
    }
}
