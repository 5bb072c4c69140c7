package org.atrium.platform.admin.internal.todo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what waits for a user from every to-do provider. Providers with nothing waiting are
 * left out; the others come with the most items first. A provider that fails is skipped and
 * logged, so one broken module never empties the portlet.
 */
public final class TodoAggregator {

    private static final Logger LOG = LoggerFactory.getLogger(TodoAggregator.class);

    private final Iterable<TodoProvider> providers;

    /** @param providers the providers registered now; iterated on every call */
    public TodoAggregator(Iterable<TodoProvider> providers) {
        this.providers = providers;
    }

    /**
     * @param itemsPerProvider how many items to show per provider
     * @return one group per provider with something waiting, the largest first, ties by label
     */
    public List<TodoGroup> collect(UserContext user, int itemsPerProvider) {
        List<TodoGroup> groups = new ArrayList<>();
        for (TodoProvider provider : providers) {
            try {
                int count = provider.count(user);
                if (count > 0) {
                    List<TodoItem> items = List.copyOf(provider.items(user, itemsPerProvider));
                    groups.add(new TodoGroup(provider.id(), provider.label(user.locale()), count,
                            items.size() > itemsPerProvider ? items.subList(0, itemsPerProvider) : items));
                }
            } catch (RuntimeException e) {
                LOG.warn("To-do provider {} failed for user {}; left out", safeId(provider), user.login(), e);
            }
        }
        groups.sort(Comparator.comparingInt(TodoGroup::count).reversed()
                .thenComparing(TodoGroup::label, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    /** @return the sum of the groups' counts */
    public static int total(List<TodoGroup> groups) {
        return groups.stream().mapToInt(TodoGroup::count).sum();
    }

    private static String safeId(TodoProvider provider) {
        try {
            return provider.id();
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }

    /**
     * What one provider has waiting.
     *
     * @param providerId the provider's id
     * @param label      its label in the user's language
     * @param count      how many items wait
     * @param items      the top items
     */
    public record TodoGroup(String providerId, String label, int count, List<TodoItem> items) {
    }
}
