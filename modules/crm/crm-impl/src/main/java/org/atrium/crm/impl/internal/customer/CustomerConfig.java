package org.atrium.crm.impl.internal.customer;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the customer master, PID {@code org.atrium.crm.customer} ({@code etc/org.atrium.crm.customer.cfg}). */
@ObjectClassDefinition(name = "Atrium CRM customers", description = "Customer codes and duplicate detection")
public @interface CustomerConfig {

    /** The PID. */
    String PID = "org.atrium.crm.customer";

    @AttributeDefinition(name = "Code pattern",
            description = "Tokens {yyyy} {yy} {MM} {dd} and exactly one {seq:N}; letters, digits, - and _ otherwise")
    String codePattern() default "C{yyyy}{seq:6}";

    @AttributeDefinition(name = "Similarity threshold",
            description = "Bigram similarity (0.5 to 1) from which a name is reported as a possible duplicate")
    double similarityThreshold() default 0.8;
}
