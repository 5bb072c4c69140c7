package org.atrium.crm.impl.internal.demo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Asks for the CRM demo data when the platform's demo configuration {@code org.atrium.demo} exists
 * (the one the run command writes). DS lets several components share a configuration PID; this one
 * only reads the optional {@code seed} (the platform owns the PID and its metatype).
 */
@Component(service = {}, immediate = true, configurationPid = "org.atrium.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class PlatformDemoTrigger {

    /** The part of the platform's demo configuration read here; sizes are the CRM defaults. */
    @interface Config {
        long seed() default 20240601L;
    }

    @Activate
    public PlatformDemoTrigger(@Reference CrmDemoLoader loader, Config config) {
        loader.request(config.seed(), 2000, 450);
    }
}
