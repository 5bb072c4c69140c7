package org.atrium.platform.api.security;

import java.util.List;

/**
 * A named set of grants that users hold.
 *
 * @param id          the role's id
 * @param code        a stable code, e.g. {@code SALES_REP}
 * @param name        the display name, e.g. 销售代表
 * @param description what the role is for
 * @param grants      the permissions with their scopes
 */
public record Role(long id, String code, String name, String description, List<Grant> grants) {
}
