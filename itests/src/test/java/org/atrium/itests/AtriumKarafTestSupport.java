package org.atrium.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Base of the in-container (Pax Exam) tests: boots the real Atrium distribution on a free HTTP port,
 * on the database of this run ({@link TestDatabase}), and gives the tests Atrium's services.
 *
 * <p>Subclasses carry {@code @RunWith(PaxExam.class)} and {@code @ExamReactorStrategy(PerClass.class)};
 * their test methods run inside Karaf.
 */
public abstract class AtriumKarafTestSupport {

    /** How long a test waits for a service or a state. */
    protected static final long TIMEOUT_MS = 60_000;

    /** System property inside the container: the portal's HTTP port. */
    protected static final String HTTP_PORT = "atrium.it.http.port";

    @Inject
    protected BundleContext bundleContext;

    /** The Pax Exam configuration; subclasses add to it through {@link #extraOptions()}. */
    @Configuration
    public Option[] configuration() throws Exception {
        TestDatabase database = TestDatabase.create(); // dropped by DropTestSchemas at the end of the run
        Path unpack = Files.createDirectories(ItEnvironment.workDirectory().resolve("exam"));

        List<Option> options = new ArrayList<>();
        options.add(karafDistributionConfiguration()
                .frameworkUrl(ItEnvironment.distribution().toUri().toString())
                .karafVersion(ItEnvironment.karafVersion())
                .name("Atrium")
                .unpackDirectory(new File(unpack.toString()))
                .useDeployFolder(false));
        options.add(configureConsole().ignoreLocalConsole().ignoreRemoteShell());
        options.add(javaModuleOptions());
        options.add(logLevel(LogLevel.WARN));
        String httpPort = String.valueOf(ItEnvironment.freePort());
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort));
        options.add(systemProperty(HTTP_PORT).value(httpPort));
        // Pax Exam's own bundles come from the local Maven repository
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                ItEnvironment.localRepository()));
        options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                "org.ops4j.pax.url.mvn.defaultLocalRepoAsRemote", "true"));
        for (Map.Entry<String, String> entry : database.datasourceConfig().entrySet()) {
            options.add(editConfigurationFilePut("etc/" + TestDatabase.DATASOURCE_PID + ".cfg", entry.getKey(),
                    entry.getValue()));
        }
        if (Boolean.getBoolean("atrium.it.keep")) {
            // -Datrium.it.keep=true keeps target/it/exam/<uuid> for a look at data/log/karaf.log
            options.add(keepRuntimeFolder());
        }
        options.addAll(extraOptions());
        return options.toArray(new Option[0]);
    }

    /**
     * The module flags bin/karaf passes on Java 9+ and Pax Exam's launcher leaves out; without them
     * Karaf's specs locator is missing (NoClassDefFoundError OsgiLocator on every resolution).
     */
    private static Option javaModuleOptions() {
        String karaf = ItEnvironment.karafVersion();
        return vmOptions("--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED");
    }

    /** More Pax Exam options for one test class. */
    protected List<Option> extraOptions() {
        return List.of();
    }

    /** The service of the given type, waiting for it; fails when it does not appear in time. */
    protected <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        T service = tracker.waitForService(TIMEOUT_MS);
        if (service == null) {
            throw new AssertionError("service " + type.getName() + " not available after " + TIMEOUT_MS + " ms");
        }
        return service;
    }

    /** Karaf's data directory inside the container. */
    protected static Path karafData() {
        return Path.of(System.getProperty("karaf.data"));
    }

    /** Karaf's base directory inside the container. */
    protected static Path karafBase() {
        return Path.of(System.getProperty("karaf.base"));
    }

    /** Polls a condition until it holds or the timeout passes. */
    protected static boolean eventually(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(250);
        }
        return check.holds();
    }

    /** A condition polled by {@link #eventually(Check)}. */
    @FunctionalInterface
    protected interface Check {
        /** Whether the condition holds now. */
        boolean holds() throws Exception;
    }
}
