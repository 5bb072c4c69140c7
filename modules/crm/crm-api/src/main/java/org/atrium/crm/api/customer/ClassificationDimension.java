package org.atrium.crm.api.customer;

import java.util.List;

/**
 * A classification dimension an admin defined for customers (客户分类维度), e.g. 行业细分, 客户规模 or
 * 合作模式, with its allowed values in display order.
 *
 * @param code     the group-wide code, upper case, never changes, e.g. {@code SCALE}
 * @param name     the name as the admin entered it, not translated, e.g. 客户规模
 * @param active   whether the dimension is offered on forms and filters; a deactivated dimension
 *                 keeps the values customers hold
 * @param values   the allowed values in display order, deactivated ones included
 * @param version  the optimistic-lock version; pass it back to {@link ClassificationService#edit}
 */
public record ClassificationDimension(String code, String name, boolean active, List<ClassificationValue> values,
        long version) {

    public ClassificationDimension {
        values = List.copyOf(values);
    }

    /** @return the values that can be chosen now, in display order */
    public List<ClassificationValue> activeValues() {
        return values.stream().filter(ClassificationValue::active).toList();
    }

    /** @return the value with the code, or {@code null} */
    public ClassificationValue value(String valueCode) {
        return values.stream().filter(v -> v.code().equals(valueCode)).findFirst().orElse(null);
    }
}
