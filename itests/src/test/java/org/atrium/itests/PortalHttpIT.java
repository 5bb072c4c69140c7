package org.atrium.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The distribution started as a process serves the Vaadin portal and its static resources. */
class PortalHttpIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"([^\"]*vaadinBootstrap\\.js[^\"]*)\"");
    private static final Pattern THEME = Pattern.compile("href=\"([^\"]*/VAADIN/themes/atrium/)favicon\\.ico\"");

    @Test
    void portalPageAndItsResourcesAreServed() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                Distribution distribution = Distribution.unpack("portal", database)) {
            distribution.start();

            HttpResponse<String> page = distribution.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("vaadin.initApplication").contains("\"theme\":\"atrium\"");

            Matcher script = SCRIPT.matcher(page.body());
            assertThat(script.find()).as("bootstrap script in %s", page.body()).isTrue();
            HttpResponse<String> bootstrap = distribution.get(script.group(1));
            assertThat(bootstrap.statusCode()).isEqualTo(200);
            assertThat(bootstrap.body()).contains("vaadin");

            Matcher theme = THEME.matcher(page.body());
            assertThat(theme.find()).as("theme path in %s", page.body()).isTrue();
            assertThat(distribution.status(theme.group(1) + "styles.css")).isEqualTo(200);
        }
    }
}
