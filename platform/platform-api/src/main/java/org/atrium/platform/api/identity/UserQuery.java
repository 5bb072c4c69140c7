package org.atrium.platform.api.identity;

/**
 * A filter over users.
 *
 * @param text            matches login, name, e-mail or mobile (contains, case-insensitive);
 *                        {@code null} for all
 * @param unitId          only users with a post in this unit or below it; {@code null} for all
 * @param includeDisabled whether disabled users are listed too
 */
public record UserQuery(String text, Long unitId, boolean includeDisabled) {

    /** @return a filter that lists every enabled user */
    public static UserQuery all() {
        return new UserQuery(null, null, false);
    }
}
