package org.atrium.platform.core.internal.identity;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.org.OrgTree;

/** Checks and normalises a {@link UserDraft}; reports every bad field at once. */
final class DraftValidator {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    private final Texts texts = new Texts();

    /** A draft with trimmed, lower-cased and defaulted fields. */
    record Clean(String login, String displayName, String email, String mobile, List<Post> posts, Set<Long> roleIds,
            String locale) {
    }

    Clean validate(UserDraft draft, OrgTree tree, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String login = draft.login() == null ? "" : draft.login().trim().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            errors.put("login", texts.get(locale, "user.login.invalid"));
        }
        String name = draft.displayName() == null ? "" : draft.displayName().trim();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("displayName", texts.get(locale, "field.required"));
        }
        String email = blankToNull(draft.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.put("email", texts.get(locale, "user.email.invalid"));
        }
        String mobile = blankToNull(draft.mobile());
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.put("mobile", texts.get(locale, "user.mobile.invalid"));
        }
        List<Post> posts = draft.posts() == null ? List.of() : List.copyOf(draft.posts());
        Set<String> seen = new HashSet<>();
        boolean duplicate = !posts.stream().allMatch(p -> seen.add(p.unitId() + "/" + p.positionId()));
        if (posts.stream().filter(Post::primary).count() != 1 || duplicate) {
            errors.put("posts", texts.get(locale, "user.posts.onePrimary"));
        } else if (!posts.stream().allMatch(p -> tree.contains(p.unitId()))) {
            errors.put("posts", texts.get(locale, "org.notFound"));
        }
        String tag = draft.locale() == null ? "zh-CN" : draft.locale().trim();
        if (!tag.equals("zh-CN") && !tag.equals("en")) {
            errors.put("locale", texts.get(locale, "user.locale.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Post> ordered = posts.stream().sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).toList();
        Set<Long> roles = draft.roleIds() == null ? Set.of() : Set.copyOf(draft.roleIds());
        return new Clean(login, name, email, mobile, ordered, roles, Messages.supportedLocale(tag) == Locale.ENGLISH ? "en" : "zh-CN");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
