package org.atrium.platform.admin.internal.roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionDeclaration;
import org.atrium.platform.api.security.PermissionProvider;
import org.atrium.platform.api.security.Role;

/**
 * The role editor's model: the declared permissions in their groups, what the admin ticked, and
 * the grants that makes. Grants of permissions whose bundle is not installed right now are kept
 * as they are, so editing a role never drops what an absent module granted.
 */
final class RoleEditorLogic {

    /** The scope a scoped permission gets when first ticked: the narrowest one. */
    static final DataScope DEFAULT_SCOPE = DataScope.OWN;

    /**
     * The scope recorded for a plain function (an unscoped permission): it reaches everything
     * the function covers.
     */
    static final DataScope UNSCOPED = DataScope.GROUP;

    private RoleEditorLogic() {
    }

    /**
     * Permissions of one module, as the editor lists them.
     *
     * @param groupId     the group's id
     * @param label       the group's name in the admin's language
     * @param permissions its permissions in declaration order
     */
    record PermissionGroup(String groupId, String label, List<PermissionDeclaration> permissions) {
    }

    /**
     * One row of the editor.
     *
     * @param permission the permission id
     * @param granted    whether it is ticked
     * @param scope      the chosen scope (ignored for unscoped permissions)
     * @param unitIds    for {@link DataScope#CUSTOM}, the chosen units
     */
    record Choice(String permission, boolean granted, DataScope scope, Set<Long> unitIds) {
        Choice {
            unitIds = Set.copyOf(unitIds);
        }
    }

    /**
     * The grants to save, or the reasons they cannot be saved yet.
     *
     * @param grants the grants
     * @param errors localised messages by permission id
     */
    record Result(List<Grant> grants, Map<String, String> errors) {
    }

    /** @return the declared permissions grouped by group id, groups in order of first appearance */
    static List<PermissionGroup> groups(List<PermissionDeclaration> declared, List<PermissionProvider> providers,
            Locale locale) {
        Map<String, List<PermissionDeclaration>> byGroup = new LinkedHashMap<>();
        declared.forEach(d -> byGroup.computeIfAbsent(d.groupId(), g -> new ArrayList<>()).add(d));
        Map<String, String> labels = new LinkedHashMap<>();
        for (PermissionProvider provider : providers) {
            labels.putIfAbsent(provider.groupId(), provider.groupLabel(locale));
        }
        List<PermissionGroup> groups = new ArrayList<>();
        byGroup.forEach((id, list) -> groups.add(new PermissionGroup(id, labels.getOrDefault(id, id), List.copyOf(list))));
        return groups;
    }

    /** @return a row per declared permission, filled from the role's grants ({@code null}: a new role) */
    static Map<String, Choice> choices(Role role, List<PermissionDeclaration> declared) {
        Map<String, Grant> grants = new LinkedHashMap<>();
        if (role != null) {
            role.grants().forEach(g -> grants.put(g.permission(), g));
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (PermissionDeclaration declaration : declared) {
            Grant grant = grants.get(declaration.id());
            choices.put(declaration.id(), grant == null
                    ? new Choice(declaration.id(), false, DEFAULT_SCOPE, Set.of())
                    : new Choice(declaration.id(), true, grant.scope(), grant.customUnitIds()));
        }
        return choices;
    }

    /**
     * @param choices    the editor's rows
     * @param declared   the permissions declared now
     * @param previous   the role's grants before editing (empty for a new role)
     * @return the grants: ticked permissions in declaration order, then kept grants of
     *         permissions no installed bundle declares
     */
    static Result build(Collection<Choice> choices, List<PermissionDeclaration> declared, List<Grant> previous,
            Texts texts) {
        Map<String, PermissionDeclaration> byId = new LinkedHashMap<>();
        declared.forEach(d -> byId.put(d.id(), d));
        List<Grant> grants = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Choice choice : choices) {
            PermissionDeclaration declaration = byId.get(choice.permission());
            if (declaration == null || !choice.granted()) {
                continue;
            }
            if (!declaration.scoped()) {
                grants.add(Grant.of(choice.permission(), UNSCOPED));
                continue;
            }
            DataScope scope = choice.scope() == null ? DEFAULT_SCOPE : choice.scope();
            if (scope == DataScope.CUSTOM) {
                if (choice.unitIds().isEmpty()) {
                    errors.put(choice.permission(), texts.get("role.error.customUnits"));
                } else {
                    grants.add(new Grant(choice.permission(), scope, new LinkedHashSet<>(choice.unitIds())));
                }
            } else {
                grants.add(Grant.of(choice.permission(), scope));
            }
        }
        previous.stream().filter(g -> !byId.containsKey(g.permission())).forEach(grants::add);
        return new Result(List.copyOf(grants), errors);
    }
}
