package org.atrium.platform.admin.internal.notices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows an announcement's plain-text body with its line breaks, and its date. */
final class NoticeText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NoticeText() {
    }

    /** @return the body as HTML: every markup character escaped, line breaks as {@code <br>} */
    static String bodyHtml(String body) {
        if (body == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(body.length() + 16);
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /** @return e.g. 2025-03-01 09:30 in the server's zone */
    static String dateTime(Instant time, ZoneId zone) {
        return time == null ? "" : DATE_TIME.format(time.atZone(zone));
    }
}
