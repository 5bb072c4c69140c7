package org.atrium.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Streams {@code vaadinBootstrap.js} (from vaadin-server) and {@code vaadinPush.js} (from
 * vaadin-push) in the {@code com.vaadin} context: Pax Web 8 does not serve single-file whiteboard
 * resources: the Vaadin bundles register these paths as resources that then answer 404.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/VAADIN/vaadinBootstrap.js",
    "osgi.http.whiteboard.servlet.pattern=/VAADIN/vaadinPush.js",
    "osgi.http.whiteboard.servlet.pattern=/VAADIN/vaadinPush.debug.js",
    "osgi.http.whiteboard.servlet.name=atrium-vaadin-scripts",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=com.vaadin)",
    // outranks the single-file resource registrations of the Vaadin bundles for the same paths
    "service.ranking:Integer=100"
})
public class VaadinScriptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient BundleContext context;

    @Activate
    public VaadinScriptServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        URL file = find(path.endsWith("vaadinBootstrap.js") ? "com.vaadin.server" : "com.vaadin.push", path);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/javascript;charset=UTF-8");
        // the URL carries the Vaadin version (?v=8.14.4), so browsers may keep the file a day
        response.setHeader("Cache-Control", "public, max-age=86400");
        try (InputStream in = file.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private URL find(String symbolicName, String path) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                URL entry = bundle.getEntry(path);
                if (entry != null) {
                    return entry;
                }
            }
        }
        return null;
    }
}
