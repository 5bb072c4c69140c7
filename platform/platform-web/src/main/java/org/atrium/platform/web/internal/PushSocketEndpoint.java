package org.atrium.platform.web.internal;

import javax.websocket.OnMessage;
import javax.websocket.server.ServerEndpoint;

import org.osgi.service.component.annotations.Component;

/**
 * A tiny WebSocket endpoint that answers "pong" to "ping". Its real job: Pax Web 8 sets up its
 * WebSocket container only once some whiteboard endpoint exists (ops4j/org.ops4j.pax.web#2135),
 * and Vaadin push needs that container to use WebSocket instead of long polling.
 */
@Component(service = Object.class, property = "org.ops4j.pax.web.http.whiteboard.websocket=true")
@ServerEndpoint("/atrium-ping")
public class PushSocketEndpoint {

    /** @return "pong" for "ping", nothing otherwise */
    @OnMessage
    public String onMessage(String message) {
        return "ping".equals(message) ? "pong" : null;
    }
}
