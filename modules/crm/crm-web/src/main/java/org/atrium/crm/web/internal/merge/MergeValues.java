package org.atrium.crm.web.internal.merge;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.web.internal.CustomerNames;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;

/** A customer's field values as the merge picker shows them, and the fields' captions. */
final class MergeValues {

    private final Texts texts;
    private final Texts keys;
    private final Labels labels;
    private final Directory names;
    private final CustomerNames customers;

    MergeValues(Texts texts, Texts keys, Directory names, CustomerNames customers) {
        this.texts = texts;
        this.keys = keys;
        this.labels = new Labels(texts);
        this.names = names;
        this.customers = customers;
    }

    /** @return the field's caption, e.g. 名称 */
    String caption(CustomerField field) {
        return switch (field) {
            case NAME -> texts.get("customer.field.name");
            case SHORT_NAME -> texts.get("customer.field.shortName");
            case CREDIT_CODE -> texts.get("customer.field.creditCode");
            case INDUSTRY -> texts.get("customer.field.industry");
            case PROVINCE -> texts.get("customer.field.province");
            case CITY -> texts.get("customer.field.city");
            case TYPE -> texts.get("customer.field.type");
            case SOURCE -> texts.get("customer.field.source");
            case LIFECYCLE -> texts.get("customer.field.lifecycle");
            case TIER -> texts.get("customer.field.tier");
            case CREDIT_RATING -> texts.get("customer.field.creditRating");
            case PARENT -> keys.get("merge.field.parent");
            case OWNER -> texts.get("customer.field.owner");
            case CLASSIFICATIONS -> keys.get("merge.field.classifications");
        };
    }

    /** @return the value as text, a dash when empty */
    String of(Customer c, CustomerField field) {
        String text = switch (field) {
            case TYPE -> labels.of(c.type());
            case LIFECYCLE -> labels.of(c.lifecycle());
            case TIER -> c.tier() == null ? null : c.tier().name();
            case PARENT -> c.parentId() == null ? null : customers.of(c.parentId());
            case OWNER -> names.user(c.ownerUserId()) + "（" + names.unit(c.ownerUnitId()) + "）";
            case CLASSIFICATIONS -> c.classifications().stream().map(k -> k.dimensionName() + "：" + k.valueName())
                    .collect(java.util.stream.Collectors.joining("；"));
            default -> (String) MergePlan.value(c, field);
        };
        return text == null || text.isBlank() ? "—" : text;
    }
}
