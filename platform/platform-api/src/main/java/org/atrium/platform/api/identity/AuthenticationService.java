package org.atrium.platform.api.identity;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sign-in and passwords. Passwords are stored as PBKDF2-HMAC-SHA256 hashes; repeated failures
 * lock the account for a while. Sign-ins, failures and lockouts are audited.
 */
@ProviderType
public interface AuthenticationService {

    /**
     * Checks a login and password. The password array is cleared before returning.
     *
     * @param remoteAddress the client address, for the audit log
     */
    AuthResult authenticate(String login, char[] password, String remoteAddress);

    /**
     * Changes the caller's own password after checking the current one and the password policy.
     * Both arrays are cleared before returning.
     *
     * @throws org.atrium.platform.api.ValidationException when the current password is wrong or
     *         the new one breaks the policy (field {@code current} or {@code password})
     */
    void changePassword(UserContext caller, char[] currentPassword, char[] newPassword);

    /** Records a sign-out in the audit log. */
    void signedOut(UserContext caller);

    /** Stores the caller's preferred language tag ({@code zh-CN} or {@code en}). */
    void setLocale(UserContext caller, String languageTag);
}
