package org.atrium.crm.impl.internal.demo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Asks for the CRM demo data when {@code etc/org.atrium.crm.demo.cfg} exists. Only a development run
 * writes such a file, so a production start never loads demo data. See also
 * {@link PlatformDemoTrigger}: the platform's demo configuration loads it too.
 */
@Component(service = {}, immediate = true, configurationPid = CrmDemoData.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CrmDemoData.Config.class)
public final class CrmDemoData {

    /** The configuration PID. */
    public static final String PID = "org.atrium.crm.demo";

    /** CRM demo settings. */
    @ObjectClassDefinition(name = "Atrium CRM demo data",
            description = "Loads demo customers, contacts, leads, opportunities and activities once into the demo group")
    public @interface Config {
        @AttributeDefinition(name = "Random seed")
        long seed() default 20240601L;

        @AttributeDefinition(name = "Customers", description = "At most 2,000 plus leads in all")
        int customers() default 2000;

        @AttributeDefinition(name = "Leads")
        int leads() default 450;
    }

    @Activate
    public CrmDemoData(@Reference CrmDemoLoader loader, Config config) {
        loader.request(config.seed(), config.customers(), config.leads());
    }
}
