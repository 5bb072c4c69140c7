package org.atrium.sample.links.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The links configured by the admin, parsed and checked. Each entry reads
 * {@code 中文名|English name|target}; the target is an {@code http(s)://} URL or a portal view
 * fragment {@code #!view/param}. Anything else (for instance a {@code javascript:} URL) is refused.
 */
final class LinkCatalog {

    private final List<QuickLink> links;
    private final List<String> problems;

    private LinkCatalog(List<QuickLink> links, List<String> problems) {
        this.links = List.copyOf(links);
        this.problems = List.copyOf(problems);
    }

    static LinkCatalog parse(String[] entries) {
        List<QuickLink> links = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add("expected 中文名|English name|target: " + entry);
                continue;
            }
            String target = parts[2].trim();
            if (!isAllowedTarget(target)) {
                problems.add("target must be http(s):// or #!view: " + entry);
                continue;
            }
            links.add(new QuickLink(parts[0].trim(), parts[1].trim(), target));
        }
        return new LinkCatalog(links, problems);
    }

    static boolean isAllowedTarget(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8
                || target.matches("#![a-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    }

    List<QuickLink> links() {
        return links;
    }

    /** @return the entries that were refused, with the reason */
    List<String> problems() {
        return problems;
    }

    List<QuickLink> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return links.stream().filter(l -> l.matches(text.trim())).limit(limit).toList();
    }
}
