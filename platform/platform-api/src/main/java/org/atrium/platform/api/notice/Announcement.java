package org.atrium.platform.api.notice;

import java.time.Instant;

/**
 * An announcement as a reader sees it.
 *
 * @param id          the announcement's id
 * @param title       the headline
 * @param body        the text (plain text; line breaks kept)
 * @param authorName  who posted it
 * @param publishedAt when it was posted
 * @param read        whether the reader has opened it
 */
public record Announcement(long id, String title, String body, String authorName, Instant publishedAt, boolean read) {
}
