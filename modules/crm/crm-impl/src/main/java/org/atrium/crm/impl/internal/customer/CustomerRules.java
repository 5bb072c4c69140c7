package org.atrium.crm.impl.internal.customer;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.match.CreditCodes;

/** Field validation of a customer draft, and lifecycle promotion. */
public final class CustomerRules {

    private CustomerRules() {
    }

    /** A draft with trimmed values, after validation. */
    public record Clean(String name, String shortName, String creditCode, String industry, String province,
            String city, String source, String creditRating) {
    }

    /** Validates the draft into {@code fields} and returns the trimmed values. */
    public static Clean validate(CustomerDraft d, Fields fields) {
        String name = fields.text("name", d.name(), 200, true);
        if (name != null && name.length() < 2) {
            fields.error("name", "validation.tooShort", 2);
        }
        String creditCode = CreditCodes.normalise(d.creditCode());
        if (creditCode != null && !CreditCodes.isValid(creditCode)) {
            fields.error("creditCode", "customer.creditCode.invalid");
        }
        fields.required("type", d.type());
        return new Clean(name, fields.text("shortName", d.shortName(), 50, false), creditCode,
                fields.text("industry", d.industry(), 100, false), fields.text("province", d.province(), 50, false),
                fields.text("city", d.city(), 50, false), fields.text("source", d.source(), 100, false),
                fields.text("creditRating", d.creditRating(), 20, false));
    }

    /**
     * @return the later of the two stages on the forward path; a {@link LifecycleStage#LOST} customer
     *         is won back to the target (new business with it)
     */
    public static LifecycleStage promote(LifecycleStage current, LifecycleStage target) {
        return current == LifecycleStage.LOST || current.isBefore(target) ? target : current;
    }
}
