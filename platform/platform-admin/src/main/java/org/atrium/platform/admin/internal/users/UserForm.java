package org.atrium.platform.admin.internal.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserDetail;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.org.Post;

/**
 * What the user form holds, and its translation to and from the service's {@link UserDraft}.
 *
 * @param login             login name
 * @param displayName       the person's name
 * @param email             e-mail, may be blank
 * @param mobile            mobile number, may be blank
 * @param primaryUnitId     the unit of the primary post
 * @param primaryPositionId the position of the primary post, or {@code null}
 * @param partTimePosts     the part-time posts (兼职)
 * @param roleIds           the roles granted
 * @param locale            {@code zh-CN} or {@code en}
 */
record UserForm(String login, String displayName, String email, String mobile, Long primaryUnitId,
        Long primaryPositionId, List<Post> partTimePosts, Set<Long> roleIds, String locale) {

    /** Form field names, as {@link #fieldOf} returns them. */
    static final String LOGIN = "login";
    static final String NAME = "displayName";
    static final String EMAIL = "email";
    static final String MOBILE = "mobile";
    static final String PRIMARY_UNIT = "primaryUnit";
    static final String PRIMARY_POSITION = "primaryPosition";
    static final String PART_TIME = "partTime";
    static final String ROLES = "roles";
    static final String LOCALE = "locale";
    static final String FORM = "";

    /** @return an empty form for a new user in Chinese */
    static UserForm empty() {
        return new UserForm("", "", "", "", null, null, List.of(), Set.of(), "zh-CN");
    }

    /** @return the form showing an existing user */
    static UserForm of(UserDetail detail) {
        Post primary = detail.posts().stream().filter(Post::primary).findFirst().orElse(null);
        List<Post> partTime = detail.posts().stream().filter(p -> !p.primary()).toList();
        var summary = detail.summary();
        return new UserForm(summary.login(), summary.displayName(), nz(summary.email()), nz(summary.mobile()),
                primary == null ? null : primary.unitId(), primary == null ? null : primary.positionId(),
                partTime, new LinkedHashSet<>(detail.roleIds()), detail.locale() == null ? "zh-CN" : detail.locale());
    }

    /**
     * Checks what the service cannot be asked without: the required fields.
     *
     * @return localised messages by form field; empty when the form may be sent
     */
    Map<String, String> missing(Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(login)) {
            errors.put(LOGIN, texts.get("user.error.required"));
        }
        if (blank(displayName)) {
            errors.put(NAME, texts.get("user.error.required"));
        }
        if (primaryUnitId == null) {
            errors.put(PRIMARY_UNIT, texts.get("user.error.primaryUnit"));
        }
        return errors;
    }

    /**
     * @return the draft: text trimmed, blank contact data as {@code null}, the primary post
     *         first, part-time posts that repeat the primary one or each other left out
     */
    UserDraft toDraft() {
        List<Post> posts = new ArrayList<>();
        Post primary = new Post(primaryUnitId, primaryPositionId, true);
        posts.add(primary);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key(primary));
        for (Post post : partTimePosts) {
            Post partTime = new Post(post.unitId(), post.positionId(), false);
            if (seen.add(key(partTime))) {
                posts.add(partTime);
            }
        }
        return new UserDraft(login.strip(), displayName.strip(), orNull(email), orNull(mobile), posts,
                List.copyOf(roleIds), locale);
    }

    /**
     * Maps a field name a service reported to the form field that shows it. Services name the
     * components of {@link UserDraft}, possibly with an index or sub-field ({@code posts[1].unitId}).
     *
     * @return the form field, or {@link #FORM} for errors the form shows above its fields
     */
    static String fieldOf(String serviceField) {
        if (serviceField == null) {
            return FORM;
        }
        String base = serviceField.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
        return switch (base) {
            case "login" -> LOGIN;
            case "displayName", "name" -> NAME;
            case "email" -> EMAIL;
            case "mobile" -> MOBILE;
            case "posts", "primaryUnitId", "unitId" -> serviceField.matches("posts\\[([1-9]\\d*)].*")
                    ? PART_TIME : PRIMARY_UNIT;
            case "positionId" -> PRIMARY_POSITION;
            case "roleIds", "roles" -> ROLES;
            case "locale" -> LOCALE;
            default -> FORM;
        };
    }

    /** @return the service's errors keyed by form field; messages for one field are joined */
    static Map<String, String> byFormField(Map<String, String> serviceErrors) {
        Map<String, String> mapped = new LinkedHashMap<>();
        serviceErrors.forEach((field, message) -> mapped.merge(fieldOf(field), message, (a, b) -> a + "; " + b));
        return mapped;
    }

    private static String key(Post post) {
        return post.unitId() + "/" + post.positionId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
