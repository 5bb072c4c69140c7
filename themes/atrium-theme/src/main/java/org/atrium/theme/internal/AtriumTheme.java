package org.atrium.theme.internal;

import com.vaadin.osgi.resources.OsgiVaadinTheme;
import org.osgi.service.component.annotations.Component;

/**
 * Publishes the theme "atrium" the way vaadin-themes publishes "valo": vaadin-shared picks up
 * every {@link OsgiVaadinTheme} service and serves {@code VAADIN/themes/<name>} of the
 * registering bundle in the {@code com.vaadin} context, under {@code /vaadin-8.14.4}.
 */
@Component(service = OsgiVaadinTheme.class)
public class AtriumTheme implements OsgiVaadinTheme {

    /** The theme's name, as in {@code @Theme("atrium")}. */
    public static final String NAME = "atrium";

    @Override
    public String getName() {
        return NAME;
    }
}
