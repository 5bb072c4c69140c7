package org.atrium.crm.api.customer;

/**
 * An existing customer that may be the one being registered. The check runs across the whole group,
 * also over customers the caller cannot see; for those only the holder is revealed.
 *
 * @param reason          why it matched
 * @param score           similarity from 0 to 1; 1 for {@link DuplicateReason#CREDIT_CODE} and
 *                        {@link DuplicateReason#SAME_NAME}
 * @param holderCompany   the name of the company (subsidiary or branch) that owns the customer
 * @param holderOwnerName the display name of the responsible user
 * @param customerId      the customer's id when the caller may see it, otherwise {@code null}
 * @param customerName    the customer's name when the caller may see it, otherwise {@code null}
 */
public record DuplicateMatch(DuplicateReason reason, double score, String holderCompany, String holderOwnerName,
        Long customerId, String customerName) {

    /** @return whether the match is certain (same credit code or same normalised name) */
    public boolean isCertain() {
        return reason == DuplicateReason.CREDIT_CODE || reason == DuplicateReason.SAME_NAME;
    }
}
