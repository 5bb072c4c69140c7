package org.atrium.platform.web.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global search and the to-do badge: asks every provider, keeps going when one fails (a
 * broken vendor bundle must not break the top bar), and groups the answers by provider.
 */
public final class TopBarLogic {

    private static final Logger LOG = LoggerFactory.getLogger(TopBarLogic.class);

    /** Shortest search text sent to the providers. */
    public static final int MIN_SEARCH_LENGTH = 2;

    /**
     * The hits of one provider.
     *
     * @param label the provider's heading
     * @param hits  its hits, best first
     */
    public record SearchGroup(String label, List<SearchHit> hits) {
    }

    /**
     * The items of one to-do provider.
     *
     * @param label the kind of to-do
     * @param count how many wait in all
     * @param items the most urgent ones
     */
    public record TodoGroup(String label, int count, List<TodoItem> items) {
    }

    private final ContributionRegistry registry;

    public TopBarLogic(ContributionRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    /** @return hits grouped by provider, providers without hits left out; empty for short text */
    public List<SearchGroup> search(UserContext user, String text, int limitPerProvider) {
        String query = text == null ? "" : text.trim();
        List<SearchGroup> groups = new ArrayList<>();
        if (query.length() < MIN_SEARCH_LENGTH) {
            return groups;
        }
        for (SearchProvider provider : registry.searchProviders()) {
            try {
                List<SearchHit> hits = provider.search(user, query, limitPerProvider);
                if (!hits.isEmpty()) {
                    groups.add(new SearchGroup(provider.label(user.locale()), List.copyOf(hits)));
                }
            } catch (RuntimeException e) {
                LOG.warn("Search provider {} failed", provider.id(), e);
            }
        }
        return groups;
    }

    /** @return the number of the badge: the sum of every provider's count */
    public int todoCount(UserContext user) {
        int total = 0;
        for (TodoProvider provider : registry.todoProviders()) {
            try {
                total += Math.max(0, provider.count(user));
            } catch (RuntimeException e) {
                LOG.warn("To-do provider {} failed", provider.id(), e);
            }
        }
        return total;
    }

    /** @return the to-dos grouped by provider, providers with nothing waiting left out */
    public List<TodoGroup> todos(UserContext user, int limitPerProvider) {
        List<TodoGroup> groups = new ArrayList<>();
        for (TodoProvider provider : registry.todoProviders()) {
            try {
                int count = provider.count(user);
                if (count > 0) {
                    groups.add(new TodoGroup(provider.label(user.locale()), count,
                            List.copyOf(provider.items(user, limitPerProvider))));
                }
            } catch (RuntimeException e) {
                LOG.warn("To-do provider {} failed", provider.id(), e);
            }
        }
        return groups;
    }
}
