package org.atrium.crm.api.customer;

import java.util.List;
import java.util.Set;

import org.atrium.crm.api.HandOverResult;
import org.atrium.crm.api.Owner;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The group customer master. A customer is visible to a user when the scope of
 * {@code crm.customer.view} covers its owner (unit or user) or one of its serving units
 * ({@link ServiceRelationship}).
 */
@ProviderType
public interface CustomerService {

    /**
     * Lists customers in the caller's scope. Sortable by {@code code}, {@code name}, {@code lifecycle},
     * {@code tier}, {@code createdAt}, {@code updatedAt}; default newest first.
     */
    List<Customer> search(UserContext caller, CustomerFilter filter, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, CustomerFilter filter);

    /**
     * Counts like {@link #count} but stops at {@code atMost}, for a list that shows "more than N" rather
     * than counting a large scope row by row (a subsidiary of a group with a million customers holds a
     * quarter of a million).
     *
     * @param atMost the largest count wanted; 0 or less gives 0
     * @return the number of rows, or {@code atMost} when there are at least that many
     * @since 1.3
     */
    int countUpTo(UserContext caller, CustomerFilter filter, int atMost);

    /**
     * @return the customer
     * @throws org.atrium.platform.api.NotFoundException when it does not exist or is outside the
     *         caller's scope
     */
    Customer get(UserContext caller, long customerId);

    /**
     * Looks a customer up by its code or by an alias (an old code kept after a merge).
     *
     * @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope
     */
    Customer getByCode(UserContext caller, String code);

    /**
     * Checks a name and credit code against the whole group (also customers the caller cannot see),
     * as the form does while the user types. Needs {@code crm.customer.create} or
     * {@code crm.customer.edit} with any scope.
     *
     * @param name       the name being registered, may be {@code null}
     * @param creditCode the credit code being registered, may be {@code null}
     * @param excludeId  a customer to leave out (the one being edited), or {@code null}
     * @return matches, the most certain first; empty when there is nothing alike
     */
    List<DuplicateMatch> checkDuplicates(UserContext caller, String name, String creditCode, Long excludeId);

    /**
     * Registers a customer owned by the caller and the caller's primary unit, with a generated code.
     *
     * @throws DuplicateCustomerException when a customer with the same credit code or normalised
     *         name exists anywhere in the group
     * @throws org.atrium.platform.api.ValidationException for invalid fields
     */
    Customer create(UserContext caller, CustomerDraft draft);

    /**
     * Registers a customer for another owner (e.g. on lead conversion or import by a manager). The
     * owner must lie in the caller's scope of {@code crm.customer.create}.
     */
    Customer create(UserContext caller, CustomerDraft draft, Owner owner);

    /**
     * Changes a customer. Needs {@code crm.customer.edit} on the customer's owner: serving units see a
     * customer but do not edit it.
     *
     * @param expectedVersion the {@link Customer#version()} the edit started from
     * @throws org.atrium.platform.api.ValidationException also when someone else changed the customer
     *         since (field {@code ""})
     */
    Customer update(UserContext caller, long customerId, CustomerDraft draft, long expectedVersion);

    /**
     * Deletes a customer that has no contacts, opportunities, activities or child customers.
     *
     * @throws org.atrium.platform.api.ValidationException when something is still attached
     */
    void delete(UserContext caller, long customerId);

    /** Gives a customer to another owner. Needs {@code crm.customer.assign} on the customer and the new owner. */
    Customer assign(UserContext caller, long customerId, Owner newOwner);

    /** @return the units serving the customer besides its owning unit */
    List<ServiceRelationship> serviceRelationships(UserContext caller, long customerId);

    /** Adds (or updates the note of) a serving unit. Needs {@code crm.customer.edit} on the customer. */
    ServiceRelationship addServiceRelationship(UserContext caller, long customerId, long unitId, String note);

    /** Removes a serving unit. */
    void removeServiceRelationship(UserContext caller, long customerId, long unitId);

    /**
     * Hand-over (离职交接): reassigns every customer, contact, lead and opportunity owned by one user
     * to another, in one transaction and one audit entry per record kind. Records outside the caller's
     * scope of {@code crm.customer.assign} are skipped and counted. The new owning unit is the
     * target user's primary unit.
     */
    HandOverResult handOver(UserContext caller, long fromUserId, long toUserId);

    /**
     * Merges a duplicate into a surviving customer (admin): the fields listed are taken from the
     * duplicate, all others kept; contacts, leads, opportunities, activities, service relationships
     * and child customers move to the survivor; the duplicate's code and aliases become aliases of
     * the survivor; the duplicate is deleted. Needs {@code crm.customer.merge} on both.
     *
     * @return the survivor after the merge
     */
    Customer merge(UserContext caller, long survivorId, long duplicateId, Set<CustomerField> takeFromDuplicate);
}
