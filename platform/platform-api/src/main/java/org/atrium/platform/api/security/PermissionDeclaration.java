package org.atrium.platform.api.security;

import java.util.Locale;
import java.util.function.Function;

/**
 * A permission a module declares, so that admins can grant it to roles.
 *
 * @param id      a stable id, {@code <module>.<object>.<action>}, e.g. {@code crm.customer.view}
 * @param groupId the id of the group it is listed under in the role editor, usually the module
 * @param label   the label to show, per locale
 * @param scoped  whether the permission applies to records and so is granted with a data scope;
 *                {@code false} for plain functions such as {@code platform.admin}
 */
public record PermissionDeclaration(String id, String groupId, Function<Locale, String> label, boolean scoped) {
}
