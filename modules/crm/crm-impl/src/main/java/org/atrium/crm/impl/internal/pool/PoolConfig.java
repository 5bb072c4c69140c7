package org.atrium.crm.impl.internal.pool;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The public pool (公海), PID {@code org.atrium.crm.pool} ({@code etc/org.atrium.crm.pool.cfg}). */
@ObjectClassDefinition(name = "Atrium CRM public pool",
        description = "When customers without follow-up return to their company's pool, and how many a salesperson may hold")
public @interface PoolConfig {

    /** The PID. */
    String PID = "org.atrium.crm.pool";

    @AttributeDefinition(name = "Days without follow-up",
            description = "Customers with no activity for this many days return to the pool; 0 turns the return off")
    int poolDays() default 90;

    @AttributeDefinition(name = "Days per company",
            description = "Overrides as <unit code>=<days> for a subsidiary or branch, e.g. SOUTH=60 or NORTH-TJ=0")
    String[] poolDaysByCompany() default {};

    @AttributeDefinition(name = "Claim limit",
            description = "A user who holds this many customers cannot claim more from the pool; 0 for no limit")
    int claimLimit() default 300;

    @AttributeDefinition(name = "First sweep after start (seconds)")
    int sweepDelaySeconds() default 120;

    @AttributeDefinition(name = "Sweep period (hours)")
    int sweepPeriodHours() default 24;
}
