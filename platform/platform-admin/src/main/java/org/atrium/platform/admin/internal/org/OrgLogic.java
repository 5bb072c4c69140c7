package org.atrium.platform.admin.internal.org;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongFunction;

import com.vaadin.data.TreeData;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;

/** The org screen's work that needs no components: building the tree and choosing targets. */
final class OrgLogic {

    private OrgLogic() {
    }

    /**
     * @param all every unit, parents before children (as {@code OrgService.all()} returns them)
     * @return the tree for the grid; a unit whose parent is missing shows as a root
     */
    static TreeData<OrgUnit> tree(List<OrgUnit> all) {
        TreeData<OrgUnit> tree = new TreeData<>();
        Map<Long, OrgUnit> added = new HashMap<>();
        for (OrgUnit unit : all) {
            OrgUnit parent = unit.parentId() == null ? null : added.get(unit.parentId());
            tree.addItem(parent, unit);
            added.put(unit.id(), unit);
        }
        return tree;
    }

    /**
     * @return the units a unit may move under: every unit but itself and those below it (a move
     *         there would make a cycle); the service checks again
     */
    static List<OrgUnit> moveTargets(List<OrgUnit> all, long unitId) {
        Set<Long> excluded = subtree(all, unitId);
        return all.stream().filter(u -> !excluded.contains(u.id())).toList();
    }

    /** @return the ids of the unit and every unit below it, from the flat list */
    static Set<Long> subtree(List<OrgUnit> all, long unitId) {
        Map<Long, Long> parentOf = new HashMap<>();
        all.forEach(u -> parentOf.put(u.id(), u.parentId()));
        Set<Long> ids = new HashSet<>();
        for (OrgUnit unit : all) {
            Long cursor = unit.id();
            Set<Long> seen = new HashSet<>();
            while (cursor != null && seen.add(cursor)) {
                if (cursor == unitId) {
                    ids.add(unit.id());
                    break;
                }
                cursor = parentOf.get(cursor);
            }
        }
        return ids;
    }

    /**
     * @param summaries looks a user up by id
     * @return the heads' names by unit id, each distinct head looked up once
     */
    static Map<Long, String> headNames(List<OrgUnit> all, LongFunction<Optional<UserSummary>> summaries) {
        Map<Long, String> namesByUser = new HashMap<>();
        Map<Long, String> byUnit = new LinkedHashMap<>();
        for (OrgUnit unit : all) {
            if (unit.headUserId() != null) {
                String name = namesByUser.computeIfAbsent(unit.headUserId(),
                        id -> summaries.apply(id).map(UserSummary::displayName).orElse(""));
                byUnit.put(unit.id(), name);
            }
        }
        return byUnit;
    }

    /** @return the sort order typed by the admin, empty when it is not a whole number */
    static OptionalInt sortOrder(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.of(0);
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
