package org.atrium.crm.web.internal;

import java.util.List;

import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.OpportunityStatus;

/**
 * Localised names of the CRM enums. The key of a constant is {@code <prefix>.<NAME>}; the prefixes
 * are listed in {@link #PREFIXES} so that the key-completeness test checks every constant.
 */
public final class Labels {

    /** The enums that have labels, with their key prefix. */
    public static final List<Prefix> PREFIXES = List.of(new Prefix("lifecycle", LifecycleStage.class),
            new Prefix("customerType", CustomerType.class), new Prefix("decisionRole", DecisionRole.class),
            new Prefix("activityType", ActivityType.class), new Prefix("leadStatus", LeadStatus.class),
            new Prefix("channel", SourceChannel.class), new Prefix("oppStatus", OpportunityStatus.class),
            new Prefix("duplicateReason", DuplicateReason.class));

    private final Texts texts;

    public Labels(Texts texts) {
        this.texts = texts;
    }

    /** @return the localised name, empty for {@code null} */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return PREFIXES.stream().filter(p -> p.type() == value.getDeclaringClass()).findFirst()
                .map(p -> texts.get(p.key() + "." + value.name())).orElse(value.name());
    }

    /** An enum and its key prefix. */
    public record Prefix(String key, Class<? extends Enum<?>> type) {
    }
}
