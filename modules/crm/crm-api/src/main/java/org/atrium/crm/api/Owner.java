package org.atrium.crm.api;

/**
 * Who owns a CRM record: the responsible user and the org unit the record belongs to. Data scopes
 * are evaluated against these two ids.
 *
 * @param userId the responsible user (负责人)
 * @param unitId the owning org unit, usually the user's primary unit
 */
public record Owner(long userId, long unitId) {
}
