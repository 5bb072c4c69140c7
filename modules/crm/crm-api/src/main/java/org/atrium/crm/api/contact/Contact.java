package org.atrium.crm.api.contact;

import java.time.Instant;

/**
 * A contact person at a customer.
 *
 * @param id            the contact's id
 * @param customerId    the customer the contact works for
 * @param name          the person's name
 * @param title         the job title, or {@code null}
 * @param department    the department at the customer, or {@code null}
 * @param decisionRole  the role in the buying decision, or {@code null}
 * @param mobile        mainland mobile number, or {@code null}
 * @param phone         landline, or {@code null}
 * @param email         e-mail address, or {@code null}
 * @param relationship  relationship strength from 1 (cold) to 5 (close), or {@code null}
 * @param note          free text, or {@code null}
 * @param ownerUserId   the responsible user
 * @param ownerUnitId   the owning org unit
 * @param createdAt     when it was created
 * @param updatedAt     when it was last changed
 */
public record Contact(long id, long customerId, String name, String title, String department,
        DecisionRole decisionRole, String mobile, String phone, String email, Integer relationship, String note,
        long ownerUserId, long ownerUnitId, Instant createdAt, Instant updatedAt) {
}
