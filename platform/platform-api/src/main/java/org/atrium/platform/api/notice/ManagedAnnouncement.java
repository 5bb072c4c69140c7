package org.atrium.platform.api.notice;

/**
 * An announcement as its managers see it.
 *
 * @param announcement   the announcement (its read flag is the manager's own)
 * @param targetUnitId   the unit it was posted to (with everything below it)
 * @param targetUnitName that unit's name
 * @param readers        how many users have read it
 */
public record ManagedAnnouncement(Announcement announcement, long targetUnitId, String targetUnitName, int readers) {
}
