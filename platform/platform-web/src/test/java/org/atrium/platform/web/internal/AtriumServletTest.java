package org.atrium.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.Hashtable;

import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;

import com.vaadin.server.RequestHandler;
import com.vaadin.server.communication.PushRequestHandler;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.portal.DashboardLayoutService;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.RoleService;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.junit.jupiter.api.Test;

/** The portal servlet starts Atmosphere (the push handler) only when push is on. */
class AtriumServletTest {

    @Test
    void withPushOffTheServiceHasNoPushHandler() throws Exception {
        assertThat(handlersOf(servlet(false))).noneMatch(PushRequestHandler.class::isInstance);
    }

    @Test
    void withPushOnTheServiceHasThePushHandler() throws Exception {
        assertThat(handlersOf(servlet(true))).anyMatch(PushRequestHandler.class::isInstance);
    }

    /** Reaches the servlet's (protected) service. */
    private static final class Probe extends AtriumServlet {
        private static final long serialVersionUID = 1L;

        Probe(WebConfig config) {
            super(mock(AuthenticationService.class), mock(AccessService.class), mock(OrgService.class),
                    mock(RoleService.class), mock(DashboardLayoutService.class), mock(ContributionRegistry.class),
                    config);
        }

        Iterable<RequestHandler> handlers() {
            return getService().getRequestHandlers();
        }
    }

    private static Probe servlet(boolean push) throws Exception {
        WebConfig config = mock(WebConfig.class);
        when(config.pushEnabled()).thenReturn(push);
        when(config.productionMode()).thenReturn(true);
        when(config.heartbeatIntervalSeconds()).thenReturn(60);
        when(config.sessionTimeoutMinutes()).thenReturn(30);
        Probe servlet = new Probe(config);
        ServletContext context = mock(ServletContext.class);
        when(context.getInitParameterNames()).thenReturn(Collections.emptyEnumeration());
        ServletConfig servletConfig = mock(ServletConfig.class);
        when(servletConfig.getServletContext()).thenReturn(context);
        when(servletConfig.getServletName()).thenReturn("atrium-portal");
        when(servletConfig.getInitParameterNames()).thenReturn(new Hashtable<String, String>().keys());
        servlet.init(servletConfig);
        return servlet;
    }

    private static Iterable<RequestHandler> handlersOf(Probe servlet) {
        return servlet.handlers();
    }
}
