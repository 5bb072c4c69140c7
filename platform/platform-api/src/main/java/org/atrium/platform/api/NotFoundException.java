package org.atrium.platform.api;

/** Thrown when a record does not exist, or does not exist for the caller. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message a message for the user, already localised */
    public NotFoundException(String message) {
        super(message);
    }
}
