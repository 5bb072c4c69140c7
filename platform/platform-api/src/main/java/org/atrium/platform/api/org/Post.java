package org.atrium.platform.api.org;

/**
 * A post a user holds: a position in an org unit. Each user has one primary post and any number
 * of part-time posts (兼职).
 *
 * @param unitId     the org unit
 * @param positionId the position, or {@code null} for a plain membership
 * @param primary    whether this is the user's primary post
 */
public record Post(long unitId, Long positionId, boolean primary) {
}
