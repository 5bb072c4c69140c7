package org.atrium.crm.api.customer;

/**
 * One allowed value of a {@link ClassificationDimension}.
 *
 * @param code   unique within the dimension, upper case, never changes
 * @param name   the name as the admin entered it (usually Chinese), e.g. 战略合作
 * @param active whether the value can be chosen for customers; customers keep a deactivated value
 */
public record ClassificationValue(String code, String name, boolean active) {
}
