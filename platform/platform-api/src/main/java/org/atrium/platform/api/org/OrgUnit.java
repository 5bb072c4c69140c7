package org.atrium.platform.api.org;

/**
 * One node of the organisation tree.
 *
 * @param id         the unit's id
 * @param parentId   the parent's id, {@code null} for the group (the root)
 * @param code       a short code unique in the group, e.g. {@code HQ-FIN}
 * @param name       the unit's name, e.g. 华东销售部
 * @param type       the kind of unit
 * @param headUserId the user heading the unit (负责人), or {@code null}
 * @param sortOrder  order among its siblings
 * @param depth      0 for the root, 1 for its children, and so on
 */
public record OrgUnit(long id, Long parentId, String code, String name, OrgUnitType type,
        Long headUserId, int sortOrder, int depth) {
}
