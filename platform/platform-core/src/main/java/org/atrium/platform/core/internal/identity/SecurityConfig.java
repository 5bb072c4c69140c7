package org.atrium.platform.core.internal.identity;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in settings, {@code etc/org.atrium.platform.security.cfg}. */
@ObjectClassDefinition(name = "Atrium sign-in security",
        description = "Lockout after repeated failed sign-ins")
public @interface SecurityConfig {

    @AttributeDefinition(name = "Failed sign-ins before lockout", min = "1")
    int maxFailedLogins() default 5;

    @AttributeDefinition(name = "Lockout duration (minutes)", min = "1")
    int lockoutMinutes() default 15;
}
