package org.atrium.platform.admin.internal.todo;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.ui.Component;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.todo.TodoProvider;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** 「我的待办」: what every module's to-do provider has waiting for the user. */
@org.osgi.service.component.annotations.Component(service = PortletContribution.class)
public class TodoPortletContribution implements PortletContribution {

    /** The portlet's id. */
    public static final String ID = "platform.todo";

    private final List<TodoProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(TodoProvider provider) {
        providers.add(provider);
    }

    void removeProvider(TodoProvider provider) {
        providers.remove(provider);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("todo.title");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.MEDIUM;
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public int defaultOrder() {
        return 10;
    }

    @Override
    public Component createPortlet(ShellContext context) {
        return new TodoPortlet(context, Texts.of(context.locale()), new TodoAggregator(providers));
    }
}
