package org.atrium.crm.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;

/** Walks a Vaadin component tree in view tests. */
public final class ComponentTree {

    private ComponentTree() {
    }

    /** Visits the component and everything inside it, parents first. */
    public static void walk(Component component, Consumer<Component> visit) {
        visit.accept(component);
        if (component instanceof HasComponents container) {
            container.forEach(child -> walk(child, visit));
        }
    }

    /** @return whether the component and all its parents are visible */
    public static boolean visible(Component c) {
        for (Component at = c; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** @return the values of the visible labels inside the component, in tree order */
    public static List<String> texts(Component component) {
        List<String> out = new ArrayList<>();
        walk(component, c -> {
            if (c instanceof Label label && visible(label)) {
                out.add(label.getValue());
            }
        });
        return out;
    }
}
