package org.atrium.platform.web.internal.shell;

import com.vaadin.server.VaadinSession;
import org.atrium.platform.api.identity.UserContext;

/**
 * The signed-in user, kept in the Vaadin session (never in a static or thread-local), and whether
 * the user still has to replace a one-time password before using the portal.
 *
 * @param user               the user
 * @param mustChangePassword whether only the change-password page may be shown
 */
public record SessionUser(UserContext user, boolean mustChangePassword) {

    /** @return the user signed in to this session, or {@code null} */
    public static SessionUser of(VaadinSession session) {
        return session.getAttribute(SessionUser.class);
    }

    /** Stores the user in the session; {@code null} signs out. */
    public static void store(VaadinSession session, SessionUser user) {
        session.setAttribute(SessionUser.class, user);
    }
}
