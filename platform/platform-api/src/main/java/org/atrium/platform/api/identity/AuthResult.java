package org.atrium.platform.api.identity;

import java.time.Instant;

/**
 * The outcome of a sign-in attempt.
 *
 * @param status             what happened
 * @param user               the signed-in user, only for {@link Status#SUCCESS}
 * @param mustChangePassword whether the user has to choose a new password before going on
 * @param lockedUntil        for {@link Status#LOCKED}, when the lockout ends
 */
public record AuthResult(Status status, UserContext user, boolean mustChangePassword, Instant lockedUntil) {

    /** The outcomes of a sign-in attempt. */
    public enum Status {
        /** Signed in. */
        SUCCESS,
        /** Unknown login or wrong password: the two are not told apart. */
        INVALID_CREDENTIALS,
        /** Too many failures: sign-in refused until {@link AuthResult#lockedUntil()}. */
        LOCKED,
        /** The account is disabled. */
        DISABLED
    }
}
