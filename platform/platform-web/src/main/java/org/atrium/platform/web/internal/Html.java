package org.atrium.platform.web.internal;

/**
 * Escapes text for HTML the shell writes itself (labels in {@code ContentMode.HTML}): user data and
 * contribution titles must never become markup.
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
}
