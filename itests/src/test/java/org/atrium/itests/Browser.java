package org.atrium.itests;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} through {@code /usr/bin/chromedriver}; Selenium
 * Manager is never asked to download anything) with a fresh profile, in Chinese, pointed at one
 * portal. Every wait is an explicit, bounded {@link WebDriverWait}: Vaadin renders asynchronously.
 * {@link #close()} quits the browser and deletes the profile.
 */
final class Browser implements AutoCloseable {

    /** Desktop window used unless a test asks for another. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;

    /** How long a step may take before the test fails. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final String CHROMIUM = System.getProperty("atrium.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("atrium.it.chromedriver", "/usr/bin/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools (CDP) classes for this Chromium version; the
     * tests use WebDriver only. Held here so that the logger (and its level) is not garbage-collected.
     */
    private static final java.util.logging.Logger CDP_VERSION_WARNINGS = silenced(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private final String testName;
    private final Path screenshots;
    private final Path profile;
    private final String baseUrl;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private boolean closed;

    /**
     * @param phone whether to emulate a phone's screen of this size (a headless window is at least
     *              500 pixels wide) instead of opening a desktop window of this size
     */
    Browser(String testName, Path screenshots, Path work, String baseUrl, int width, int height, boolean phone)
            throws IOException {
        this.testName = testName;
        this.screenshots = screenshots;
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-profile-");
        File driverExecutable = new File(CHROMEDRIVER);
        if (!driverExecutable.canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); ./atrium test installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=zh-CN");
        if (phone) {
            options.setExperimentalOption("mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        } else {
            options.addArguments("--window-size=" + width + "," + height);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable)
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        this.driver = started;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    /** Opens a path of the portal, e.g. {@code "/"}, and waits for Vaadin to render the UI. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".v-ui")));
        return this;
    }

    /**
     * Waits for the login page, also when it is still loading (after signing out the portal reloads
     * the page, and a command sent meanwhile is "aborted by navigation").
     */
    public Browser awaitLoginPage() {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("login-username")).isDisplayed()
                        && d.findElement(By.id("login-submit")).isDisplayed());
        return this;
    }

    /** Fills in the login form and presses the sign-in button. */
    public Browser submitLogin(String login, String password) {
        type(By.id("login-username"), login);
        type(By.id("login-password"), password);
        clickable(By.id("login-submit")).click();
        return this;
    }

    /** Waits for the dashboard of the signed-in portal. */
    public WebElement awaitDashboard() {
        return visible(By.id("shell-dashboard"));
    }

    /** Replaces the text of an input. */
    public void type(By field, String text) {
        WebElement input = visible(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the element is displayed. */
    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for a displayed Vaadin button under the selector with exactly this caption. */
    public WebElement awaitButton(By by, String caption) {
        return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed)
                .filter(b -> b.findElements(By.cssSelector(".v-button-caption")).stream()
                        .anyMatch(c -> caption.equals(c.getText().strip())))
                .findFirst().orElse(null));
    }

    /** Waits until the element is displayed and enabled. */
    public WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Waits until the condition returns something other than {@code null} or {@code false}. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until the URL fragment (without {@code #!}) is the given view id ({@code ""} for the dashboard). */
    public void awaitView(String viewId) {
        until(d -> viewId.equals(fragment()));
    }

    /** The view id in the URL fragment, {@code ""} for none. */
    public String fragment() {
        String url = driver.getCurrentUrl();
        int hash = url == null ? -1 : url.indexOf('#');
        if (hash < 0) {
            return "";
        }
        String fragment = url.substring(hash + 1);
        return fragment.startsWith("!") ? fragment.substring(1) : fragment;
    }

    /** The captions of the visible elements under the selector, e.g. portlet titles. */
    public List<String> texts(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .map(String::strip).toList();
    }

    /** The first displayed element under the selector whose text is exactly the given one. */
    public Optional<WebElement> withText(By by, String text) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed)
                .filter(e -> text.equals(e.getText().strip())).findFirst();
    }

    /** Waits for a displayed element under the selector with exactly this text. */
    public WebElement awaitText(By by, String text) {
        return until(d -> withText(by, text).orElse(null));
    }

    /** Runs a script in the page. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The driver, for what this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    /** Saves {@code <test>-<step>.png} under the screenshot directory. */
    public Path screenshot(String step) {
        Path file = screenshots.resolve(testName + "-" + step + ".png");
        try {
            Files.createDirectories(screenshots);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves {@code <test>-<step>.png} and {@code <test>-<step>.html} (the live DOM); never throws. */
    void saveEvidence(String step) {
        if (closed) {
            return;
        }
        try {
            screenshot(step);
        } catch (RuntimeException e) {
            // the browser may be gone; the page source may still be there
        }
        try {
            Object dom = script("return document.documentElement.outerHTML;");
            Files.writeString(screenshots.resolve(testName + "-" + step + ".html"),
                    dom != null ? dom.toString() : driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // nothing more to save
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static java.util.logging.Logger silenced(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile below target/ is harmless
        }
    }
}
