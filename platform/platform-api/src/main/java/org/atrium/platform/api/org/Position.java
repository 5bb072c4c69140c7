package org.atrium.platform.api.org;

/**
 * A job (岗位) that users hold in org units, e.g. 销售经理. Positions are defined once for the
 * group and held in many units.
 *
 * @param id   the position's id
 * @param code a stable code, e.g. {@code SALES_MANAGER}, used by workflows
 * @param name the position's display name
 */
public record Position(long id, String code, String name) {
}
