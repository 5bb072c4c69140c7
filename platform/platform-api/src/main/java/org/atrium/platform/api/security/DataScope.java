package org.atrium.platform.api.security;

/**
 * How far a permission reaches (数据范围). A role grants each permission with one scope; a user
 * with several roles gets the union. Department and company are taken from each of the user's
 * posts, primary and part-time.
 */
public enum DataScope {
    /** 本人: records the user owns. */
    OWN,
    /** 本部门: records of the user's own units, not below. */
    DEPARTMENT,
    /** 本部门及以下: records of the user's units and every unit below them. */
    DEPARTMENT_AND_BELOW,
    /** 本公司: records of the user's company (nearest non-department unit) and everything below. */
    COMPANY,
    /** 全集团: every record in the group. */
    GROUP,
    /** 自定义: records of a chosen set of units and everything below them. */
    CUSTOM
}
