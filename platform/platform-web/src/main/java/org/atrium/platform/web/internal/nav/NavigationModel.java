package org.atrium.platform.web.internal.nav;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.server.Resource;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.ViewContribution;

/**
 * What the left navigation shows one user: the categories in order, each with the views the user
 * is permitted to open, categories without a visible view left out. Views of a category nobody
 * registered are listed under a category titled with its id, so they stay reachable.
 */
public final class NavigationModel {

    /**
     * One category with its entries.
     *
     * @param id      the category id
     * @param title   the localised heading
     * @param icon    the icon, or {@code null}
     * @param entries the visible views, in order
     */
    public record Group(String id, String title, Resource icon, List<Entry> entries) {
    }

    /**
     * One navigation entry.
     *
     * @param viewId the view id to navigate to
     * @param title  the localised title
     * @param icon   the icon, or {@code null}
     */
    public record Entry(String viewId, String title, Resource icon) {
    }

    private NavigationModel() {
    }

    /**
     * @param categories the registered categories, sorted
     * @param views      the registered views, sorted
     * @param permitted  answers whether the user holds a permission
     * @param locale     the user's language
     */
    public static List<Group> build(List<NavigationCategory> categories, List<ViewContribution> views,
            Predicate<String> permitted, Locale locale) {
        Map<String, List<Entry>> entriesByCategory = new LinkedHashMap<>();
        for (ViewContribution view : views) {
            if (view.inNavigation() && isVisible(view.requiredPermission(), permitted)) {
                entriesByCategory.computeIfAbsent(view.categoryId(), id -> new ArrayList<>())
                        .add(new Entry(view.id(), view.title(locale), view.icon()));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (NavigationCategory category : categories) {
            List<Entry> entries = entriesByCategory.remove(category.id());
            if (entries != null) {
                groups.add(new Group(category.id(), category.title(locale), category.icon(), List.copyOf(entries)));
            }
        }
        entriesByCategory.forEach((id, entries) -> groups.add(new Group(id, id, null, List.copyOf(entries))));
        return groups;
    }

    /** @return whether a contribution that needs this permission (or none) is visible */
    public static boolean isVisible(String requiredPermission, Predicate<String> permitted) {
        return requiredPermission == null || requiredPermission.isBlank() || permitted.test(requiredPermission);
    }
}
