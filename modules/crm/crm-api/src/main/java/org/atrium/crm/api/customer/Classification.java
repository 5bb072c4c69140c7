package org.atrium.crm.api.customer;

/**
 * One classification value a customer holds (客户分类), e.g. 行业细分 = 汽车零部件. A customer holds at
 * most one value per {@link ClassificationDimension}.
 *
 * @param dimensionCode the dimension's code, e.g. {@code SEGMENT}
 * @param dimensionName the dimension's name as the admin entered it, e.g. 行业细分
 * @param valueCode     the value's code within the dimension, e.g. {@code AUTO}
 * @param valueName     the value's name as the admin entered it, e.g. 汽车零部件
 * @param valueActive   whether the value can still be chosen; a deactivated value stays on the
 *                      customers that hold it
 */
public record Classification(String dimensionCode, String dimensionName, String valueCode, String valueName,
        boolean valueActive) {
}
