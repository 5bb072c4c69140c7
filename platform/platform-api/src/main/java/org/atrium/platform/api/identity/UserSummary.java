package org.atrium.platform.api.identity;

/**
 * A user as lists and pickers show one.
 *
 * @param id            the user's id
 * @param login         the login name
 * @param displayName   the name, e.g. 张伟
 * @param primaryUnitId the org unit of the primary post
 * @param unitName      the name of that unit
 * @param positionName  the position of the primary post, or {@code null}
 * @param email         e-mail address, or {@code null}
 * @param mobile        mobile phone number, or {@code null}
 * @param enabled       whether the user may sign in
 */
public record UserSummary(long id, String login, String displayName, long primaryUnitId, String unitName,
        String positionName, String email, String mobile, boolean enabled) {
}
