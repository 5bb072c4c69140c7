package org.atrium.platform.api.identity;

import java.util.List;
import java.util.Optional;

import org.atrium.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users and the directory (通讯录). Admin operations need {@code platform.user.manage}; reading
 * the directory needs {@code platform.directory.view} and returns only users within that
 * permission's data scope. Every change is audited.
 */
@ProviderType
public interface UserService {

    /**
     * Searches the directory: users visible to the caller under the data scope of
     * {@code platform.directory.view}. Sortable by {@code displayName}, {@code login},
     * {@code unitName}.
     */
    List<UserSummary> directory(UserContext caller, UserQuery query, PageRequest page);

    /** @return the number of rows {@link #directory} would return without paging */
    int countDirectory(UserContext caller, UserQuery query);

    /**
     * Lists users for administration: users whose primary unit lies within the caller's data
     * scope of {@code platform.user.manage}. Sortable like {@link #directory}.
     *
     * @throws org.atrium.platform.api.AccessDeniedException without {@code platform.user.manage}
     */
    List<UserSummary> search(UserContext caller, UserQuery query, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, UserQuery query);

    /** @return a user's full record, for admins */
    Optional<UserDetail> detail(UserContext caller, long userId);

    /** @return a user as lists show one, if the user exists */
    Optional<UserSummary> summary(long userId);

    /**
     * Creates a user with a generated one-time password that must be changed at first sign-in.
     *
     * @return the new user and the one-time password to hand over
     * @throws org.atrium.platform.api.ValidationException for invalid fields or a taken login
     */
    CreatedUser create(UserContext caller, UserDraft draft);

    /** Updates names, contact data, posts, roles and language of a user. */
    UserDetail update(UserContext caller, long userId, UserDraft draft);

    /** Enables or disables sign-in. A disabled user keeps all records and history. */
    void setEnabled(UserContext caller, long userId, boolean enabled);

    /**
     * Resets a user's password to a generated one-time password, clears any lockout and forces a
     * change at the next sign-in.
     *
     * @return the one-time password to hand over
     */
    String resetPassword(UserContext caller, long userId);

    /**
     * A created user and the one-time password.
     *
     * @param user             the new user
     * @param oneTimePassword  the generated password, shown once
     */
    record CreatedUser(UserSummary user, String oneTimePassword) {
    }
}
