package org.atrium.crm.web.internal.accounts;

/** Escaping of text that goes into HTML or SVG markup built on the server. */
public final class Html {

    private Html() {
    }

    /** @return the text with {@code & < > " '} replaced by entities; empty for {@code null} */
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
