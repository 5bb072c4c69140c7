package org.atrium.crm.api.lead;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.crm.api.customer.CustomerDraft;

/**
 * How to convert a lead (线索转化).
 *
 * @param existingCustomerId  attach to this existing customer (one the caller sees) instead of creating one
 * @param newCustomer         the customer to create when {@code existingCustomerId} is {@code null};
 *                            the duplicate check runs on it
 * @param contactTitle        the job title of the contact created from the lead's person, or {@code null}
 * @param opportunityName     the name of the opportunity to create, or {@code null} for none
 * @param opportunityAmount   its amount in CNY, or {@code null}
 * @param expectedCloseDate   its expected close date, or {@code null}
 * @param acceptSimilar       {@code true} to go on although only similar (not certain) duplicates
 *                            were found; certain duplicates always stop the conversion
 */
public record LeadConversion(Long existingCustomerId, CustomerDraft newCustomer, String contactTitle,
        String opportunityName, BigDecimal opportunityAmount, LocalDate expectedCloseDate, boolean acceptSimilar) {
}
