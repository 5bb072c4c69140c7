package org.atrium.platform.web.internal.registry;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.todo.TodoProvider;
import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of the shell: collects every navigation category, view, portlet, to-do provider and
 * search provider registered while its bundle is active, hands out sorted snapshots, and tells the
 * open UIs when anything changes. A plain class with bind methods, so tests drive it directly.
 */
@Component(service = ContributionRegistry.class)
public class ContributionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionRegistry.class);

    private static final Comparator<NavigationCategory> CATEGORY_ORDER =
            Comparator.comparingInt(NavigationCategory::order).thenComparing(NavigationCategory::id);
    private static final Comparator<ViewContribution> VIEW_ORDER =
            Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::id);
    private static final Comparator<PortletContribution> PORTLET_ORDER =
            Comparator.comparingInt(PortletContribution::defaultOrder).thenComparing(PortletContribution::id);

    private final List<NavigationCategory> categories = new CopyOnWriteArrayList<>();
    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<PortletContribution> portlets = new CopyOnWriteArrayList<>();
    private final List<TodoProvider> todoProviders = new CopyOnWriteArrayList<>();
    private final List<SearchProvider> searchProviders = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCategory(NavigationCategory category) {
        added(categories, category);
    }

    public void removeCategory(NavigationCategory category) {
        removed(categories, category);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addView(ViewContribution view) {
        added(views, view);
    }

    public void removeView(ViewContribution view) {
        removed(views, view);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addPortlet(PortletContribution portlet) {
        added(portlets, portlet);
    }

    public void removePortlet(PortletContribution portlet) {
        removed(portlets, portlet);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTodoProvider(TodoProvider provider) {
        added(todoProviders, provider);
    }

    public void removeTodoProvider(TodoProvider provider) {
        removed(todoProviders, provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSearchProvider(SearchProvider provider) {
        added(searchProviders, provider);
    }

    public void removeSearchProvider(SearchProvider provider) {
        removed(searchProviders, provider);
    }

    /** @return the categories, by order then id */
    public List<NavigationCategory> categories() {
        return categories.stream().sorted(CATEGORY_ORDER).toList();
    }

    /** @return the views, by order then id */
    public List<ViewContribution> views() {
        return views.stream().sorted(VIEW_ORDER).toList();
    }

    /** @return the portlets, by default order then id */
    public List<PortletContribution> portlets() {
        return portlets.stream().sorted(PORTLET_ORDER).toList();
    }

    /** @return the to-do providers, by id */
    public List<TodoProvider> todoProviders() {
        return todoProviders.stream().sorted(Comparator.comparing(TodoProvider::id)).toList();
    }

    /** @return the search providers, by id */
    public List<SearchProvider> searchProviders() {
        return searchProviders.stream().sorted(Comparator.comparing(SearchProvider::id)).toList();
    }

    /**
     * Registers a callback run after every change. It runs on the thread of the OSGi framework,
     * so a UI must hand it over with {@code ui.access}.
     */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Unregisters a callback, e.g. when its UI is detached. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private <T> void added(List<T> list, T contribution) {
        list.add(contribution);
        changed();
    }

    private <T> void removed(List<T> list, T contribution) {
        if (list.remove(contribution)) {
            changed();
        }
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A shell listener failed on a contribution change", e);
            }
        }
    }
}
