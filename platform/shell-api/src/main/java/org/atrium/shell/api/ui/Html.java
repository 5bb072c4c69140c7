package org.atrium.shell.api.ui;

/**
 * HTML that portlets write themselves (labels in {@code ContentMode.HTML}, drawn instead of one
 * component per line to keep idle sessions small): user data must never become markup.
 */
public final class Html {

    private Html() {
    }

    /** @return the text with {@code & < > " '} as character references, "" for {@code null} */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param viewId    the view to show
     * @param parameter its parameter, or {@code null}
     * @param text      the link's text
     * @param tooltip   a tooltip, or {@code null}
     * @return a small link that the navigator follows through the URI fragment, everything escaped
     */
    public static String viewLink(String viewId, String parameter, String text, String tooltip) {
        String state = viewId == null ? "" : viewId;
        if (parameter != null && !parameter.isEmpty()) {
            state = state + "/" + parameter;
        }
        return "<a class=\"v-button-link\" href=\"#!" + escape(state) + "\""
                + (tooltip == null || tooltip.isBlank() ? "" : " title=\"" + escape(tooltip) + "\"")
                + ">" + escape(text) + "</a>";
    }
}
