package org.atrium.platform.api.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is calling: the signed-in user on whose behalf a service acts. Every service method that
 * reads or changes business data takes one, checks permissions and data scope against it, and
 * records it in the audit log. There is no static "current user": the shell passes the context of
 * the session, a background job passes the context of the user it acts for.
 *
 * @param userId        the user's id
 * @param login         the login name
 * @param displayName   the name to show, e.g. 张伟
 * @param primaryUnitId the org unit of the user's primary post
 * @param locale        the language the user works in; messages from services use it
 */
public record UserContext(long userId, String login, String displayName, long primaryUnitId, Locale locale) {

    public UserContext {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
    }

    /** @return the same user working in another language */
    public UserContext withLocale(Locale newLocale) {
        return new UserContext(userId, login, displayName, primaryUnitId, newLocale);
    }
}
