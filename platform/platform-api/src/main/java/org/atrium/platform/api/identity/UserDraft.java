package org.atrium.platform.api.identity;

import java.util.List;

import org.atrium.platform.api.org.Post;

/**
 * The editable fields of a user, for creating or updating one.
 *
 * @param login       login name: 3–32 characters of letters, digits, {@code . _ -}; unique
 * @param displayName the person's name
 * @param email       e-mail address, or {@code null}
 * @param mobile      mainland mobile number (11 digits starting with 1), or {@code null}
 * @param posts       the posts; exactly one of them primary
 * @param roleIds     the roles granted
 * @param locale      preferred language tag, {@code zh-CN} or {@code en}
 */
public record UserDraft(String login, String displayName, String email, String mobile, List<Post> posts,
        List<Long> roleIds, String locale) {
}
