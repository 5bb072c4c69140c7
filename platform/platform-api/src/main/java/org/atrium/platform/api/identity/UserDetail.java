package org.atrium.platform.api.identity;

import java.time.Instant;
import java.util.List;

import org.atrium.platform.api.org.Post;

/**
 * Everything an admin sees of a user.
 *
 * @param summary             the list view of the user
 * @param posts               the posts, the primary one first
 * @param roleIds             the roles granted
 * @param locale              preferred language tag
 * @param mustChangePassword  whether the next sign-in must change the password
 * @param lockedUntil         end of a lockout after failed sign-ins, or {@code null}
 * @param lastLogin           time of the last successful sign-in, or {@code null}
 */
public record UserDetail(UserSummary summary, List<Post> posts, List<Long> roleIds, String locale,
        boolean mustChangePassword, Instant lockedUntil, Instant lastLogin) {
}
