package org.atrium.crm.api.lead;

import java.util.List;
import java.util.Map;

import org.atrium.crm.api.Owner;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Leads: capture, assignment (manual or by rules), follow-up, conversion. */
@ProviderType
public interface LeadService {

    /** Sortable by {@code createdAt}, {@code followUpDeadline}, {@code contactName}; default newest first. */
    List<Lead> search(UserContext caller, LeadFilter filter, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, LeadFilter filter);

    /**
     * Counts like {@link #count} (the same filter and data scope) but stops at {@code atMost}, for a list that
     * shows "more than N" rather than counting a large scope row by row (the leads of a subsidiary pile up year
     * after year).
     *
     * @param atMost the largest count wanted; 0 or less gives 0
     * @return the number of rows, or {@code atMost} when there are at least that many
     * @since 1.2
     */
    int countUpTo(UserContext caller, LeadFilter filter, int atMost);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Lead get(UserContext caller, long leadId);

    /**
     * Captures a lead. It is assigned by the rules ({@link #assignmentRules}); when no rule matches
     * it is owned by the caller with the default follow-up deadline.
     */
    Lead create(UserContext caller, LeadDraft draft);

    /**
     * Checks a draft with the field rules {@link #create} and {@link #update} apply (contact name and
     * channel required, a mobile or an e-mail, their formats, lengths), without writing anything.
     *
     * @return the errors by field name ({@code contactName}, {@code mobile}, {@code email}, {@code channel},
     *         {@code companyName}, {@code province}, {@code city}, {@code industry}, {@code description}),
     *         each a message in the caller's language, in the order the rules run; empty when valid
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.lead.create} or
     *         {@code crm.lead.edit}
     * @since 1.1
     */
    Map<String, String> validate(UserContext caller, LeadDraft draft);

    /** Changes an open lead. */
    Lead update(UserContext caller, long leadId, LeadDraft draft);

    /** Marks an open lead as being followed up (clears the overdue state). */
    Lead markFollowing(UserContext caller, long leadId);

    /** Disqualifies an open lead with a reason. */
    Lead disqualify(UserContext caller, long leadId, String reason);

    /** Assigns an open lead to another owner and restarts its follow-up deadline. Needs {@code crm.lead.assign}. */
    Lead assign(UserContext caller, long leadId, Owner newOwner);

    /** Runs the assignment rules again for an open lead. Needs {@code crm.lead.assign}. */
    Lead autoAssign(UserContext caller, long leadId);

    /**
     * Converts an open lead into customer + contact (+ opportunity) in one transaction, with the
     * duplicate check on a new customer.
     *
     * @throws org.atrium.crm.api.customer.DuplicateCustomerException for a certain duplicate
     */
    LeadConversionResult convert(UserContext caller, long leadId, LeadConversion conversion);

    /** Deletes a lead that was not converted. */
    void delete(UserContext caller, long leadId);

    /** @return the assignment rules, in order */
    List<AssignmentRule> assignmentRules(UserContext caller);

    /** Replaces the assignment rules. Needs {@code crm.lead.assign} with the whole group scope. */
    List<AssignmentRule> saveAssignmentRules(UserContext caller, List<AssignmentRule> rules);
}
