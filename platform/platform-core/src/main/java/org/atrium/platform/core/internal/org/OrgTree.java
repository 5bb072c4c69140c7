package org.atrium.platform.core.internal.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;

/**
 * An immutable snapshot of the org tree. Subtrees are computed on first use and kept, so that
 * resolving a data scope costs a few map look-ups.
 */
public final class OrgTree {

    private static final Comparator<OrgUnitEntity> SIBLING_ORDER =
            Comparator.comparingInt(OrgUnitEntity::getSortOrder).thenComparing(OrgUnitEntity::getId);

    private final long generation;
    private final Map<Long, OrgUnit> units;
    private final Map<Long, List<Long>> children;
    private final OrgUnit root;
    private final Map<Long, Set<Long>> subtrees = new ConcurrentHashMap<>();

    private OrgTree(long generation, Map<Long, OrgUnit> units, Map<Long, List<Long>> children, OrgUnit root) {
        this.generation = generation;
        this.units = units;
        this.children = children;
        this.root = root;
    }

    /** Builds a snapshot from every row of ATR_ORG_UNIT; units not reachable from the root are left out. */
    public static OrgTree of(long generation, Collection<OrgUnitEntity> rows) {
        Map<Long, List<OrgUnitEntity>> byParent = new HashMap<>();
        OrgUnitEntity rootRow = null;
        for (OrgUnitEntity row : rows) {
            if (row.getParentId() == null) {
                rootRow = row;
            } else {
                byParent.computeIfAbsent(row.getParentId(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, OrgUnit> units = new LinkedHashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        if (rootRow == null) {
            return new OrgTree(generation, units, children, null);
        }
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {rootRow, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            OrgUnitEntity row = (OrgUnitEntity) top[0];
            int depth = (Integer) top[1];
            units.put(row.getId(), toUnit(row, depth));
            List<OrgUnitEntity> kids = new ArrayList<>(byParent.getOrDefault(row.getId(), List.of()));
            kids.sort(SIBLING_ORDER);
            children.put(row.getId(), kids.stream().map(OrgUnitEntity::getId).toList());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {kids.get(i), depth + 1});
            }
        }
        return new OrgTree(generation, units, children, units.get(rootRow.getId()));
    }

    private static OrgUnit toUnit(OrgUnitEntity row, int depth) {
        return new OrgUnit(row.getId(), row.getParentId(), row.getCode(), row.getName(), row.getType(),
                row.getHeadUserId(), row.getSortOrder(), depth);
    }

    long generation() {
        return generation;
    }

    /** @return the root, the group */
    public OrgUnit root() {
        if (root == null) {
            throw new NotFoundException("The organisation has no root unit yet");
        }
        return root;
    }

    public Optional<OrgUnit> unit(long id) {
        return Optional.ofNullable(units.get(id));
    }

    public boolean contains(long id) {
        return units.containsKey(id);
    }

    /** @return every unit, parents before children, siblings in order (depth-first) */
    public List<OrgUnit> all() {
        return List.copyOf(units.values());
    }

    public List<OrgUnit> children(long id) {
        return children.getOrDefault(id, List.of()).stream().map(units::get).toList();
    }

    /** @return {@code [unit, parent, ..., root]}, empty for an unknown unit */
    public List<OrgUnit> pathToRoot(long id) {
        List<OrgUnit> path = new ArrayList<>();
        OrgUnit current = units.get(id);
        while (current != null) {
            path.add(current);
            current = current.parentId() == null ? null : units.get(current.parentId());
        }
        return path;
    }

    /** @return the unit and every unit below it; empty for an unknown unit */
    public Set<Long> subtree(long id) {
        if (!units.containsKey(id)) {
            return Set.of();
        }
        return subtrees.computeIfAbsent(id, this::collectSubtree);
    }

    private Set<Long> collectSubtree(long id) {
        Set<Long> ids = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            long next = todo.pop();
            ids.add(next);
            children.getOrDefault(next, List.of()).forEach(todo::push);
        }
        return Set.copyOf(ids);
    }

    /** @return whether {@code id} is {@code ancestorId} or lies below it */
    public boolean isInSubtree(long id, long ancestorId) {
        return pathToRoot(id).stream().anyMatch(u -> u.id() == ancestorId);
    }

    /** @return the nearest unit, itself included, that is not a department; the root at the latest */
    public Optional<OrgUnit> companyOf(long id) {
        return pathToRoot(id).stream().filter(u -> u.type().isCompany()).findFirst()
                .or(() -> units.containsKey(id) ? Optional.of(root) : Optional.empty());
    }

    /** @return the ids of the units on the paths from these units to the root */
    public Set<Long> ancestorsOrSelf(Collection<Long> ids) {
        Set<Long> result = new HashSet<>();
        for (Long id : ids) {
            pathToRoot(id).forEach(u -> result.add(u.id()));
        }
        return result;
    }
}
