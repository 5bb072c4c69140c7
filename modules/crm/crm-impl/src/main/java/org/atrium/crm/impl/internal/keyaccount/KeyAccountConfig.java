package org.atrium.crm.impl.internal.keyaccount;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Key-account rules, PID {@code org.atrium.crm.keyaccount} ({@code etc/org.atrium.crm.keyaccount.cfg}). */
@ObjectClassDefinition(name = "Atrium CRM key accounts", description = "Tier thresholds and Pareto cuts")
public @interface KeyAccountConfig {

    /** The PID. */
    String PID = "org.atrium.crm.keyaccount";

    @AttributeDefinition(name = "A1 from (CNY won in 12 months)")
    long tierA1MinWon() default 1_000_000L;

    @AttributeDefinition(name = "A2 from (CNY won in 12 months)")
    long tierA2MinWon() default 300_000L;

    @AttributeDefinition(name = "B from (CNY won in 12 months)", description = "Below: C")
    long tierBMinWon() default 50_000L;

    @AttributeDefinition(name = "Pareto A1 cut", description = "Cumulative share of the won amount, 0 to 1")
    double paretoA1Share() default 0.5;

    @AttributeDefinition(name = "Pareto A2 cut", description = "Cumulative share of the won amount, 0 to 1")
    double paretoA2Share() default 0.8;
}
