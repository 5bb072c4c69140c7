package org.atrium.sample.links.internal;

import java.util.Locale;

/**
 * One link of the catalog.
 *
 * @param chineseLabel the label in Chinese
 * @param englishLabel the label in English
 * @param target       an http(s) URL or a portal fragment such as {@code #!office/directory}
 */
record QuickLink(String chineseLabel, String englishLabel, String target) {

    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
    }

    boolean isPortalView() {
        return target.startsWith("#!");
    }

    /** @return the view id and parameter of a portal link, e.g. {@code office/directory} */
    String viewPath() {
        return target.substring(2);
    }

    boolean matches(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return chineseLabel.toLowerCase(Locale.ROOT).contains(needle)
                || englishLabel.toLowerCase(Locale.ROOT).contains(needle);
    }
}
