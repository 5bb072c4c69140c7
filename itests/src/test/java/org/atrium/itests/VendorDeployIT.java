package org.atrium.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PermissionProvider;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.ViewContribution;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A vendor bundle dropped into deploy/ of the running portal contributes its navigation entry,
 * portlet and permission (which an administrator can grant); removing the file removes all of it
 * and leaves the portal healthy.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VendorDeployIT extends AtriumKarafTestSupport {

    private static final String VENDOR_JAR = "atrium.it.sample.vendor";
    private static final String VENDOR_BSN = "org.atrium.sample-vendor";
    private static final String VENDOR_PERMISSION = "sample.links.view";

    @Override
    protected List<Option> extraOptions() {
        return List.of(systemProperty(VENDOR_JAR).value(ItEnvironment.sampleVendorBundle().toString()));
    }

    @Test
    public void hotDeployAndRemoval() throws Exception {
        RoleService roles = service(RoleService.class);
        AuthenticationService authentication = service(AuthenticationService.class);
        service(OrgService.class);
        assertTrue("the sample is not part of the distribution's boot", vendorBundle().isEmpty());

        Path deployed = karafBase().resolve("deploy").resolve("atrium-sample-vendor.jar");
        Files.copy(Path.of(System.getProperty(VENDOR_JAR)), deployed, StandardCopyOption.REPLACE_EXISTING);

        assertTrue("vendor bundle active", eventually(() -> vendorBundle().filter(b -> b.getState() == Bundle.ACTIVE).isPresent()));
        assertTrue("navigation entry registered", eventually(() -> fromVendor(ViewContribution.class) > 0));
        assertTrue("portlet registered", eventually(() -> fromVendor(PortletContribution.class) > 0));
        assertTrue("permission provider registered", eventually(() -> fromVendor(PermissionProvider.class) > 0));
        assertTrue("permission declared", eventually(() -> declared(roles)));

        String password = Files.readString(karafData().resolve("atrium/admin-initial-password.txt"),
                StandardCharsets.UTF_8).trim();
        AuthResult admin = authentication.authenticate("admin", password.toCharArray(), "127.0.0.1");
        assertEquals(AuthResult.Status.SUCCESS, admin.status());
        String code = "it_" + UUID.randomUUID().toString().substring(0, 8);
        Role role = roles.create(admin.user(), code, "Sample users", "granted the sample's permission",
                List.of(Grant.of(VENDOR_PERMISSION, DataScope.GROUP)));
        assertTrue("role grants the vendor permission", roles.role(role.id()).orElseThrow().grants().stream()
                .anyMatch(g -> g.permission().equals(VENDOR_PERMISSION)));

        Files.delete(deployed);
        assertTrue("vendor bundle uninstalled", eventually(() -> vendorBundle().isEmpty()));
        assertTrue("navigation entry gone", eventually(() -> fromVendor(ViewContribution.class) == 0));
        assertTrue("permission no longer declared", eventually(() -> !declared(roles)));

        service(RoleService.class);
        service(AuthenticationService.class);
        assertEquals("portal still answers", 200, portalStatus());
    }

    private Optional<Bundle> vendorBundle() {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> VENDOR_BSN.equals(b.getSymbolicName())).findFirst();
    }

    private long fromVendor(Class<?> type) throws Exception {
        ServiceReference<?>[] references = bundleContext.getServiceReferences(type.getName(), null);
        return references == null ? 0 : Arrays.stream(references)
                .filter(r -> VENDOR_BSN.equals(r.getBundle().getSymbolicName()))
                .count();
    }

    private static boolean declared(RoleService roles) {
        return roles.declaredPermissions().stream().anyMatch(p -> p.id().equals(VENDOR_PERMISSION));
    }

    private static int portalStatus() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(
                "http://127.0.0.1:" + System.getProperty(HTTP_PORT) + "/").openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(20_000);
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
