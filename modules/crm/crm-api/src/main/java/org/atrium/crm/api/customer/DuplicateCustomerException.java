package org.atrium.crm.api.customer;

import java.util.List;

import org.atrium.platform.api.ValidationException;

/**
 * Thrown when a customer cannot be created or renamed because it already exists in the group: a
 * certain match (same credit code or same normalised name). Nothing was written. The matches say
 * only who holds the customer, unless the caller may see it.
 */
public class DuplicateCustomerException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final transient List<DuplicateMatch> matches;

    /**
     * @param field   the field that collided, {@code name} or {@code creditCode}
     * @param message the localised message, naming the holder
     * @param matches the certain matches
     */
    public DuplicateCustomerException(String field, String message, List<DuplicateMatch> matches) {
        super(field, message);
        this.matches = List.copyOf(matches);
    }

    /** @return the customers that collided */
    public List<DuplicateMatch> getMatches() {
        return matches;
    }
}
