package org.atrium.crm.impl.internal.keyaccount;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Key-account rules, PID {@code org.atrium.crm.keyaccount} ({@code etc/org.atrium.crm.keyaccount.cfg}). */
@ObjectClassDefinition(name = "Atrium CRM key accounts", description = "Customer tiers (A1, A2, B, C) and the "
        + "Pareto cuts, both on the amount won in the last 12 months. By default the tiers follow the Pareto "
        + "chart: the A1 customers are exactly those the chart marks A1 (seen with a whole-group scope)")
public @interface KeyAccountConfig {

    /** The PID. */
    String PID = "org.atrium.crm.keyaccount";

    @AttributeDefinition(name = "Tier basis", description = "PARETO (default): A1 = the largest customers that make "
            + "up the first 'Pareto A1 cut' share of the amount won in the last 12 months across the group (the "
            + "customer crossing the cut included), A2 = the following ones up to the 'Pareto A2 cut', B = the rest "
            + "from 'B from', C = below it or nothing won; 'A1 from' and 'A2 from' are not used. THRESHOLDS: fixed "
            + "amounts 'A1 from', 'A2 from', 'B from'; the chart's cuts then only mark the chart")
    TierBasis tierBasis() default TierBasis.PARETO;

    @AttributeDefinition(name = "A1 from (CNY won in 12 months)", description = "Tier basis THRESHOLDS only")
    long tierA1MinWon() default 1_000_000L;

    @AttributeDefinition(name = "A2 from (CNY won in 12 months)", description = "Tier basis THRESHOLDS only")
    long tierA2MinWon() default 300_000L;

    @AttributeDefinition(name = "B from (CNY won in 12 months)", description = "Both bases: customers outside "
            + "A1/A2 with at least this amount are B, the others C")
    long tierBMinWon() default 50_000L;

    @AttributeDefinition(name = "Pareto A1 cut", description = "Cumulative share of the won amount, 0 to 1: the "
            + "A1 line of the Pareto chart and, with tier basis PARETO, the A1 tier (default 0.5: the customers "
            + "that make up the first half of the amount won)")
    double paretoA1Share() default 0.5;

    @AttributeDefinition(name = "Pareto A2 cut", description = "Cumulative share of the won amount, A1 cut to 1: "
            + "the A2 line of the chart and, with tier basis PARETO, the A2 tier (default 0.8, the 80/20 line)")
    double paretoA2Share() default 0.8;
}
