package org.atrium.platform.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the portal, in {@code etc/org.atrium.platform.web.cfg}. */
@ObjectClassDefinition(name = "Atrium portal", description = "The web shell of Atrium")
public @interface WebConfig {

    /** The persistent id of this configuration. */
    String PID = "org.atrium.platform.web";

    @AttributeDefinition(name = "Idle timeout (minutes)",
            description = "A session without user activity for this long is closed; the user signs in again.")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(name = "Production mode",
            description = "Off only while developing: enables the Vaadin debug window and on-the-fly theme compilation.")
    boolean productionMode() default true;

    @AttributeDefinition(name = "Heartbeat (seconds)",
            description = "How often an open page tells the server it is still there.")
    int heartbeatIntervalSeconds() default 60;

    @AttributeDefinition(name = "Server push",
            description = "Push changes (a module installed or removed) to open pages at once over WebSocket, falling "
                    + "back to long polling. Off by default: an open page then shows such a change with its next "
                    + "request, and each open page costs about 45 KB less server memory (the WebSocket's buffers). "
                    + "Long work such as an import reports its progress by polling either way.")
    boolean pushEnabled() default false;
}
