package org.atrium.crm.web.internal.merge;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerField;

/**
 * The admin's choice of surviving values when merging a duplicate into a customer: per field, keep
 * the survivor's value or take the duplicate's. Only fields whose values differ are a choice; a field
 * the survivor leaves empty starts with the duplicate's value, every other with the survivor's.
 */
public final class MergePlan {

    /** Whose value a field keeps. */
    public enum Side {
        SURVIVOR, DUPLICATE
    }

    private final Customer survivor;
    private final Customer duplicate;
    private final Map<CustomerField, Side> choices = new EnumMap<>(CustomerField.class);

    /** @throws IllegalArgumentException when both are the same customer */
    public MergePlan(Customer survivor, Customer duplicate) {
        if (survivor.id() == duplicate.id()) {
            throw new IllegalArgumentException("a customer cannot be merged into itself");
        }
        this.survivor = survivor;
        this.duplicate = duplicate;
        for (CustomerField field : choices()) {
            choices.put(field, isEmpty(value(survivor, field)) ? Side.DUPLICATE : Side.SURVIVOR);
        }
    }

    /** @return the customer that stays */
    public Customer survivor() {
        return survivor;
    }

    /** @return the customer that is merged away */
    public Customer duplicate() {
        return duplicate;
    }

    /** @return the fields whose values differ, in {@link CustomerField} order */
    public List<CustomerField> choices() {
        return Arrays.stream(CustomerField.values()).filter(this::differs).toList();
    }

    /** @return whether the two customers hold different values for the field */
    public boolean differs(CustomerField field) {
        return !Objects.equals(normalised(value(survivor, field)), normalised(value(duplicate, field)));
    }

    /** Keeps the value of one side for a field; fields that do not differ are ignored. */
    public void choose(CustomerField field, Side side) {
        if (differs(field)) {
            choices.put(field, Objects.requireNonNull(side, "side"));
        }
    }

    /** @return the side chosen for a field; {@link Side#SURVIVOR} for fields that do not differ */
    public Side choice(CustomerField field) {
        return choices.getOrDefault(field, Side.SURVIVOR);
    }

    /** @return what {@code CustomerService.merge} takes from the duplicate */
    public Set<CustomerField> takeFromDuplicate() {
        Set<CustomerField> take = EnumSet.noneOf(CustomerField.class);
        choices.forEach((field, side) -> {
            if (side == Side.DUPLICATE) {
                take.add(field);
            }
        });
        return take;
    }

    /**
     * @return the raw value of a field, for comparison; owner as user and unit id, classifications as
     *         dimension code to value code
     */
    public static Object value(Customer c, CustomerField field) {
        return switch (field) {
            case NAME -> c.name();
            case SHORT_NAME -> c.shortName();
            case CREDIT_CODE -> c.creditCode();
            case INDUSTRY -> c.industry();
            case PROVINCE -> c.province();
            case CITY -> c.city();
            case TYPE -> c.type();
            case SOURCE -> c.source();
            case LIFECYCLE -> c.lifecycle();
            case TIER -> c.tier();
            case CREDIT_RATING -> c.creditRating();
            case PARENT -> c.parentId();
            case OWNER -> List.of(c.ownerUserId(), c.ownerUnitId());
            case CLASSIFICATIONS -> c.classificationCodes();
        };
    }

    private static Object normalised(Object value) {
        return isEmpty(value) ? null : value instanceof String s ? s.strip() : value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
