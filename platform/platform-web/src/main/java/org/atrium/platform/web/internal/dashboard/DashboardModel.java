package org.atrium.platform.web.internal.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.atrium.platform.api.portal.PortletPlacement;
import org.atrium.shell.api.PortletContribution;

/**
 * The portlets on one user's dashboard, in order, with their widths, and the edits a user makes
 * to it. Built from a saved layout, or from the portlets' defaults when none was saved; ids of
 * portlets that are not installed or not permitted are skipped (and dropped on the next save).
 */
public final class DashboardModel {

    /**
     * A portlet on the dashboard.
     *
     * @param portlet the contribution
     * @param columns the width in grid columns, 1 to 3
     */
    public record Tile(PortletContribution portlet, int columns) {
    }

    private final List<PortletContribution> permitted;
    private final List<Tile> tiles;

    private DashboardModel(List<PortletContribution> permitted, List<Tile> tiles) {
        this.permitted = List.copyOf(permitted);
        this.tiles = new ArrayList<>(tiles);
    }

    /**
     * @param saved     the layout the user sees, if one was ever saved
     * @param permitted the installed portlets the user may see, in default order
     */
    public static DashboardModel resolve(Optional<List<PortletPlacement>> saved, List<PortletContribution> permitted) {
        return new DashboardModel(permitted, saved.map(layout -> fromLayout(layout, permitted))
                .orElseGet(() -> defaults(permitted)));
    }

    /** @param permitted the installed portlets the user may see, in default order */
    public static DashboardModel defaultsOf(List<PortletContribution> permitted) {
        return new DashboardModel(permitted, defaults(permitted));
    }

    private static List<Tile> defaults(List<PortletContribution> permitted) {
        return permitted.stream()
                .sorted(Comparator.comparingInt(PortletContribution::defaultOrder).thenComparing(PortletContribution::id))
                .map(p -> new Tile(p, p.defaultSize().columns()))
                .toList();
    }

    private static List<Tile> fromLayout(List<PortletPlacement> layout, List<PortletContribution> permitted) {
        Map<String, PortletContribution> byId = permitted.stream()
                .collect(Collectors.toMap(PortletContribution::id, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        return layout.stream()
                .sorted(Comparator.comparingInt(PortletPlacement::order))
                .filter(p -> byId.containsKey(p.portletId()) && seen.add(p.portletId()))
                .map(p -> new Tile(byId.get(p.portletId()), p.columns()))
                .toList();
    }

    /** @return the tiles in order */
    public List<Tile> tiles() {
        return Collections.unmodifiableList(tiles);
    }

    /** @return the permitted portlets not on the dashboard, which the user may add */
    public List<PortletContribution> addable() {
        Set<String> shown = tiles.stream().map(t -> t.portlet().id()).collect(Collectors.toSet());
        return permitted.stream().filter(p -> !shown.contains(p.id())).toList();
    }

    /** Adds a portlet at the end with its default width; ignores one already shown or not permitted. */
    public void add(String portletId) {
        addable().stream().filter(p -> p.id().equals(portletId)).findFirst()
                .ifPresent(p -> tiles.add(new Tile(p, p.defaultSize().columns())));
    }

    /** Removes a portlet from the dashboard. */
    public void remove(String portletId) {
        tiles.removeIf(t -> t.portlet().id().equals(portletId));
    }

    /** Moves a portlet one place up; nothing happens to the first. */
    public void moveUp(String portletId) {
        int index = indexOf(portletId);
        if (index > 0) {
            Collections.swap(tiles, index, index - 1);
        }
    }

    /** Moves a portlet one place down; nothing happens to the last. */
    public void moveDown(String portletId) {
        int index = indexOf(portletId);
        if (index >= 0 && index < tiles.size() - 1) {
            Collections.swap(tiles, index, index + 1);
        }
    }

    /** Sets the width of a portlet, clamped to 1..3 columns. */
    public void resize(String portletId, int columns) {
        int index = indexOf(portletId);
        if (index >= 0) {
            tiles.set(index, new Tile(tiles.get(index).portlet(), Math.max(1, Math.min(3, columns))));
        }
    }

    /** @return the dashboard as placements to save, orders 10, 20, 30, … */
    public List<PortletPlacement> placements() {
        List<PortletPlacement> placements = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            placements.add(new PortletPlacement(tile.portlet().id(), tile.columns(), (i + 1) * 10));
        }
        return placements;
    }

    private int indexOf(String portletId) {
        for (int i = 0; i < tiles.size(); i++) {
            if (tiles.get(i).portlet().id().equals(portletId)) {
                return i;
            }
        }
        return -1;
    }
}
