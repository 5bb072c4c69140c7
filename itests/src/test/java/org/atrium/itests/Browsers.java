package org.atrium.itests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that hands a test its browsers: screenshots are named after the test method
 * ({@code target/screenshots/<test>-<step>.png}); when the test fails, each open browser saves
 * {@code <test>-failure.png} and {@code <test>-failure.html}; after the test every browser is closed.
 */
final class Browsers implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private final Supplier<String> baseUrl;
    private final List<Browser> open = new ArrayList<>();
    private String testName = "test";

    /** @param baseUrl the portal's address, asked when a browser opens */
    Browsers(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Where screenshots go: {@code atrium.it.screenshots}, set by the build to target/screenshots. */
    static Path screenshotDirectory() {
        return Path.of(System.getProperty("atrium.it.screenshots", "target/screenshots"));
    }

    /** A desktop browser (1280x900). */
    Browser open() throws IOException {
        return open(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
    }

    /** A browser with a window of this size. */
    Browser open(int width, int height) throws IOException {
        return open(width, height, false);
    }

    /** A browser that emulates a phone's screen of this size (CSS pixels). */
    Browser openPhone(int width, int height) throws IOException {
        return open(width, height, true);
    }

    private Browser open(int width, int height, boolean phone) throws IOException {
        Browser browser = new Browser(testName, screenshotDirectory(), ItEnvironment.workDirectory().resolve("browser"),
                baseUrl.get(), width, height, phone);
        open.add(browser);
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testName = context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (int i = 0; i < open.size(); i++) {
                open.get(i).saveEvidence(i == 0 ? "failure" : "failure-" + (i + 1));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException failure = null;
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
