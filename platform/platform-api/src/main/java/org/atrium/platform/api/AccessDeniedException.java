package org.atrium.platform.api;

/**
 * Thrown by a service when the calling user lacks the permission for an action, or the record
 * lies outside the user's data scope. The message is safe to show to the user and reveals
 * nothing about the record.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    /**
     * @param permission the permission that was missing, e.g. {@code platform.user.manage}
     * @param message    a message for the user, already localised
     */
    public AccessDeniedException(String permission, String message) {
        super(message);
        this.permission = permission;
    }

    /** @return the permission that was missing */
    public String getPermission() {
        return permission;
    }
}
