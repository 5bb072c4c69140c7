package org.atrium.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.notice.AnnouncementService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.portal.DashboardLayoutService;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.RoleService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The distribution as shipped: everything installed is running, and the platform's services are there. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionHealthIT extends AtriumKarafTestSupport {

    private static final List<Class<?>> PLATFORM_SERVICES = List.of(AuthenticationService.class, UserService.class,
            OrgService.class, RoleService.class, AccessService.class, AuditService.class, AnnouncementService.class,
            DashboardLayoutService.class);

    @Before
    public void platformIsUp() throws Exception {
        service(AccessService.class);
    }

    @Test
    public void platformServicesAreAvailable() throws Exception {
        for (Class<?> type : PLATFORM_SERVICES) {
            service(type);
        }
    }

    @Test
    public void everyBundleIsActive() throws Exception {
        eventually(() -> notRunning().isEmpty());
        assertEquals("bundles not active (fragments: not resolved)", List.of(), notRunning());
    }

    @Test
    public void everyAtriumComponentIsSatisfied() throws Exception {
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        assertTrue("no Atrium components found", !atriumComponents(scr).isEmpty());
        eventually(() -> unsatisfied(scr).isEmpty());
        assertEquals("Atrium components not satisfied", List.of(), unsatisfied(scr));
    }

    private List<String> notRunning() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " in state " + bundle.getState());
            }
        }
        return problems;
    }

    private List<ComponentDescriptionDTO> atriumComponents(ServiceComponentRuntime scr) {
        Bundle[] atrium = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.atrium."))
                .toArray(Bundle[]::new);
        return new ArrayList<>(scr.getComponentDescriptionDTOs(atrium));
    }

    /**
     * Enabled components whose configuration is unsatisfied or failed. A component that requires a
     * configuration which is absent (e.g. the demo data, configured only by ./atrium run) is fine.
     */
    private List<String> unsatisfied(ServiceComponentRuntime scr) {
        List<String> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : atriumComponents(scr)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && !"require".equals(description.configurationPolicy)) {
                problems.add(description.name + ": no configuration");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state != ComponentConfigurationDTO.SATISFIED
                        && configuration.state != ComponentConfigurationDTO.ACTIVE) {
                    problems.add(description.name + ": state " + configuration.state + ", unsatisfied "
                            + Arrays.stream(configuration.unsatisfiedReferences)
                                    .map(r -> r.name + " " + r.target)
                                    .collect(Collectors.joining(", "))
                            + (configuration.failure != null ? ", failure " + configuration.failure : ""));
                }
            }
        }
        return problems;
    }
}
