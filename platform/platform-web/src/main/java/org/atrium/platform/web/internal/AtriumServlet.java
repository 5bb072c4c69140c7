package org.atrium.platform.web.internal;

import java.util.Properties;

import javax.servlet.Servlet;
import javax.servlet.ServletException;

import com.vaadin.server.CustomizedSystemMessages;
import com.vaadin.server.DeploymentConfiguration;
import com.vaadin.server.ServiceException;
import com.vaadin.server.SessionInitEvent;
import com.vaadin.server.VaadinServlet;
import com.vaadin.server.VaadinServletService;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.portal.DashboardLayoutService;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.RoleService;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.atrium.platform.web.internal.shell.SessionUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The portal at {@code /*}: a Vaadin servlet registered on the HTTP whiteboard. Static Vaadin
 * files are served by the {@code com.vaadin} context under {@code /vaadin-8.14.4}. Each new
 * session gets a UI provider that builds UIs with the services injected here.
 */
@Component(service = Servlet.class, configurationPid = WebConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {
            "osgi.http.whiteboard.servlet.pattern=/*",
            "osgi.http.whiteboard.servlet.name=atrium-portal",
            "osgi.http.whiteboard.servlet.asyncSupported=true",
            "servlet.init.Resources=/vaadin-8.14.4"
        })
@Designate(ocd = WebConfig.class)
public class AtriumServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient ShellServices services;
    private final transient WebConfig config;

    @Activate
    public AtriumServlet(@Reference AuthenticationService authentication, @Reference AccessService access,
            @Reference OrgService org, @Reference RoleService roles, @Reference DashboardLayoutService layouts,
            @Reference ContributionRegistry registry, WebConfig config) {
        this.config = config;
        this.services = new ShellServices(authentication, access, org, roles, layouts, registry, config.pushEnabled());
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
        initParameters.setProperty("productionMode", Boolean.toString(config.productionMode()));
        initParameters.setProperty("closeIdleSessions", "true");
        initParameters.setProperty("heartbeatInterval", Integer.toString(Math.max(10, config.heartbeatIntervalSeconds())));
        return super.createDeploymentConfiguration(initParameters);
    }

    /**
     * With push off (the default) the service has no push handler, so Atmosphere is never started:
     * its framework, interceptors and async support cost time at the first request and memory for
     * nothing while no UI pushes.
     */
    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration deploymentConfiguration)
            throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, deploymentConfiguration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean isAtmosphereAvailable() {
                return config.pushEnabled() && super.isAtmosphereAvailable();
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        VaadinServletService service = getService();
        int timeoutSeconds = Math.max(1, config.sessionTimeoutMinutes()) * 60;
        service.addSessionInitListener((SessionInitEvent event) -> {
            event.getSession().getSession().setMaxInactiveInterval(timeoutSeconds);
            event.getSession().addUIProvider(new AtriumUIProvider(services));
        });
        // a session that ends without signing out (idle timeout, closed browser) is audited as a sign-out
        service.addSessionDestroyListener(event -> {
            SessionUser signedIn = SessionUser.of(event.getSession());
            if (signedIn != null) {
                services.authentication().signedOut(signedIn.user());
            }
        });
        service.setSystemMessagesProvider(info -> {
            // an expired or closed session simply lands on the login page again
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setCommunicationErrorNotificationEnabled(false);
            return messages;
        });
    }
}
