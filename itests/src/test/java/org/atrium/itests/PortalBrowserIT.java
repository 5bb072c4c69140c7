package org.atrium.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.atrium.itests.DemoUsers.DemoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The portal in headless Chromium, on a distribution started as a child process with the demo group
 * (random demo password): sign-in and navigation of a subsidiary employee, the directory of the
 * group versus a subsidiary, the administrator's forced password change and sign-out, and the phone
 * layout. Screenshots of every step are kept in target/screenshots.
 *
 * <p>Runs in the Derby execution of failsafe only (system property {@code atrium.it.browser}): what it
 * checks is the user interface, and the PostgreSQL run covers the same services without a browser.
 */
@EnabledIfSystemProperty(named = "atrium.it.browser", matches = "true",
        disabledReason = "browser tests run in the it-derby execution only")
class PortalBrowserIT {

    private static final Duration FIRST_START = Duration.ofSeconds(120);
    private static final By PORTLET_TITLES = By.cssSelector("#shell-dashboard .atrium-portlet-title");
    private static final By NAV_ENTRIES = By.cssSelector(".atrium-nav .atrium-nav-entry");
    private static final By NAV = By.cssSelector(".atrium-nav");
    private static final By MENU_TOGGLE = By.cssSelector(".atrium-menu-toggle");
    private static final By DIRECTORY_GRID = By.cssSelector(".atrium-content .v-grid");
    private static final By DIRECTORY_SEARCH = By.cssSelector(".atrium-content input.v-textfield");

    /** The directory's navigation entry and its view id (platform-admin). */
    private static final String DIRECTORY = "通讯录";
    private static final String DIRECTORY_VIEW = "office/directory";
    private static final String HOME = "首页";

    private static TestDatabase database;
    private static Distribution portal;
    private static DemoUsers demo;
    private static String demoPassword;

    @RegisterExtension
    final Browsers browsers = new Browsers(() -> portal.baseUrl());

    @BeforeAll
    static void startPortalWithDemoGroup() throws Exception {
        database = TestDatabase.create();
        portal = Distribution.unpack("browser", database);
        demoPassword = ItEnvironment.randomPassword();
        portal.configure("org.atrium.demo", Map.of("password", demoPassword));
        portal.start();
        portal.awaitLog("Demo group .* loaded", FIRST_START);
        demo = DemoUsers.read(portal.home().resolve("data/atrium/demo-users.txt"));
    }

    @AfterAll
    static void stopPortal() throws Exception {
        ItEnvironment.close(portal, database);
    }

    /**
     * A subsidiary employee: a wrong password is refused in Chinese on the login page; the right one
     * opens the dashboard with the platform portlets; the left navigation leads to 通讯录 and home.
     */
    @Test
    void subsidiaryEmployeeSignsInAndNavigates() throws Exception {
        DemoUser employee = demo.subsidiaryEmployees().get(0);
        Browser browser = browsers.open();
        browser.open("/").awaitLoginPage();
        assertThat(browser.visible(By.id("login-submit")).getText()).isEqualTo("登录");
        browser.screenshot("1-login");

        browser.submitLogin(employee.login(), demoPassword + "x");
        WebElement error = browser.visible(By.id("login-error"));
        assertThat(error.getText()).isEqualTo("登录名或密码不正确。");
        assertThat(browser.driver().findElements(By.id("shell-dashboard"))).isEmpty();
        assertThat(browser.visible(By.id("login-username")).getAttribute("value")).isEqualTo(employee.login());
        browser.screenshot("2-wrong-password");

        browser.submitLogin(employee.login(), demoPassword);
        browser.awaitDashboard();
        assertThat(browser.visible(By.cssSelector("#shell-dashboard .atrium-page-title")).getText())
                .isEqualTo("欢迎，" + employee.name());
        List<String> portlets = browser.until(d -> {
            List<String> titles = browser.texts(PORTLET_TITLES);
            return titles.containsAll(List.of("我的待办", "公告", DIRECTORY)) ? titles : null;
        });
        assertThat(portlets).contains("我的待办", "公告", DIRECTORY);
        // desktop: the navigation is on the page, no menu button
        assertThat(browser.visible(NAV).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(MENU_TOGGLE).isDisplayed()).isFalse();
        browser.screenshot("3-dashboard");

        navigate(browser, DIRECTORY);
        browser.awaitView(DIRECTORY_VIEW);
        browser.visible(DIRECTORY_GRID);
        browser.awaitText(By.cssSelector(".atrium-content .v-label-h2"), DIRECTORY);
        // an ordinary employee's directory scope is their own record
        browser.awaitText(By.cssSelector(".atrium-content .v-grid-body .v-grid-cell"), employee.name());
        assertThat(directoryRows(browser)).isEqualTo(1);
        browser.screenshot("4-directory");

        navigate(browser, HOME);
        browser.awaitView("");
        browser.awaitDashboard();
        assertThat(browser.driver().findElements(DIRECTORY_GRID)).isEmpty();
        browser.screenshot("5-home");
    }

    /**
     * 集团管控 in the directory: a group executive at the headquarters sees the whole group, the general
     * manager of a subsidiary only that company; the other subsidiary's manager is found by the
     * former and not by the latter.
     */
    @Test
    void headquartersSeesMoreOfTheDirectoryThanASubsidiary() throws Exception {
        DemoUser executive = demo.groupExecutives().get(0);
        DemoUser manager = demo.subsidiaryManagers().get(0);
        DemoUser otherCompany = demo.subsidiaryManagers().stream().skip(1).filter(demo::loginIsUnique).findFirst()
                .orElseThrow();
        assertThat(otherCompany.unit()).isNotEqualTo(manager.unit());

        int groupRows;
        try (Browser browser = browsers.open()) {
            signIn(browser, executive);
            groupRows = openDirectory(browser);
            browser.screenshot("1-group-directory");
            assertThat(searchDirectory(browser, otherCompany.login())).isEqualTo(1);
            browser.awaitText(By.cssSelector(".atrium-content .v-grid-body .v-grid-cell"), otherCompany.name());
            browser.screenshot("2-group-finds-other-company");
        }

        int companyRows;
        try (Browser browser = browsers.open()) {
            signIn(browser, manager);
            companyRows = openDirectory(browser);
            browser.awaitText(By.cssSelector(".atrium-content .v-grid-body .v-grid-cell"), manager.name());
            browser.screenshot("3-company-directory");
            assertThat(searchDirectory(browser, otherCompany.login())).isZero();
            browser.screenshot("4-company-does-not-find-other-company");
        }

        assertThat(companyRows).as("a subsidiary's directory holds its company").isGreaterThan(1);
        assertThat(groupRows).as("the group's directory (%s) holds more than a subsidiary's (%s)",
                executive.unit(), manager.unit()).isGreaterThan(companyRows);
    }

    /**
     * The administrator's first sign-in with the one-time password: the new password is checked against
     * the policy inline, a good one opens the dashboard; signing out returns to the login page, and
     * the new password signs in without another change.
     */
    @Test
    void administratorChangesOneTimePasswordAndSignsOut() throws Exception {
        Path file = portal.home().resolve("data/atrium/admin-initial-password.txt");
        String oneTimePassword = Files.readString(file, StandardCharsets.UTF_8).strip();
        String newPassword = ItEnvironment.randomPassword();

        Browser browser = browsers.open();
        browser.open("/").awaitLoginPage();
        browser.submitLogin("admin", oneTimePassword);
        browser.visible(By.id("password-current"));
        assertThat(browser.driver().findElements(By.id("shell-dashboard"))).isEmpty();
        browser.awaitText(By.cssSelector(".v-label-h3"), "请设置您自己的密码");
        browser.screenshot("1-forced-change");

        fillPasswordChange(browser, oneTimePassword, "abc12", "abc12");
        browser.awaitText(By.cssSelector(".atrium-error"), "密码至少需要 10 个字符。");
        assertThat(browser.driver().findElements(By.id("shell-dashboard"))).isEmpty();
        browser.screenshot("2-policy-error");

        fillPasswordChange(browser, oneTimePassword, newPassword, newPassword);
        browser.awaitDashboard();
        browser.screenshot("3-dashboard");

        browser.clickable(By.cssSelector(".atrium-user-menu .v-menubar-menuitem")).click();
        browser.until(d -> browser.driver().findElements(By.cssSelector(".v-menubar-popup .v-menubar-menuitem"))
                .stream().filter(WebElement::isDisplayed).filter(e -> e.getText().contains("退出登录"))
                .findFirst().orElse(null)).click();
        browser.awaitLoginPage();
        assertThat(browser.driver().findElements(By.id("shell-dashboard"))).isEmpty();
        browser.screenshot("4-signed-out");

        browser.submitLogin("admin", newPassword);
        browser.awaitDashboard();
        assertThat(browser.driver().findElements(By.id("password-current"))).isEmpty();
        browser.screenshot("5-signed-in-again");
    }

    /** At phone width (390x844) the login works and the navigation hides behind the menu button. */
    @Test
    void phoneLayoutHasMenuButton() throws Exception {
        DemoUser employee = demo.subsidiaryEmployees().get(1);
        Browser browser = browsers.openPhone(390, 844);
        browser.open("/").awaitLoginPage();
        assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(390);
        browser.screenshot("1-login");

        browser.submitLogin(employee.login(), demoPassword);
        browser.awaitDashboard();
        WebElement toggle = browser.visible(MENU_TOGGLE);
        browser.until(d -> navRight(browser) <= 0);
        // one column of portlets
        browser.until(d -> browser.texts(PORTLET_TITLES).size() >= 3);
        List<?> lefts = (List<?>) browser.script("return Array.from(document.querySelectorAll("
                + "'#shell-dashboard .atrium-portlet')).map(p => Math.round(p.getBoundingClientRect().left));");
        assertThat(lefts).hasSizeGreaterThanOrEqualTo(3).allMatch(left -> left.equals(lefts.get(0)));
        browser.screenshot("2-dashboard");

        toggle.click();
        browser.until(d -> navLeft(browser) >= 0 && navRight(browser) > 0);
        browser.screenshot("3-menu-open");

        navigate(browser, DIRECTORY);
        browser.awaitView(DIRECTORY_VIEW);
        browser.visible(DIRECTORY_GRID);
        browser.until(d -> navRight(browser) <= 0);
        browser.screenshot("4-directory");
    }

    private static void signIn(Browser browser, DemoUser user) {
        browser.open("/").awaitLoginPage();
        browser.submitLogin(user.login(), demoPassword);
        browser.awaitDashboard();
    }

    private static void navigate(Browser browser, String entry) {
        browser.awaitButton(NAV_ENTRIES, entry).click();
    }

    /** Opens 通讯录 from the navigation; returns its number of rows once the first one is shown. */
    private static int openDirectory(Browser browser) {
        navigate(browser, DIRECTORY);
        browser.awaitView(DIRECTORY_VIEW);
        browser.visible(DIRECTORY_GRID);
        browser.visible(By.cssSelector(".atrium-content .v-grid-body .v-grid-row"));
        return directoryRows(browser);
    }

    /** Types into the directory's search box; returns the number of rows once the grid has followed. */
    private static int searchDirectory(Browser browser, String text) {
        int before = directoryRows(browser);
        browser.type(DIRECTORY_SEARCH, text);
        // the search is sent after a short pause in typing; the row count changes when it arrives
        return browser.until(d -> {
            int rows = directoryRows(browser);
            return rows != before ? rows : null;
        });
    }

    /**
     * The directory grid's number of data rows. Vaadin's Grid is lazy and renders only the rows in view;
     * its table carries the total in {@code aria-rowcount}, which counts header and footer rows too.
     */
    private static int directoryRows(Browser browser) {
        return browser.until(d -> {
            Object rows = browser.script("var t = document.querySelector('.atrium-content .v-grid table[aria-rowcount]');"
                    + "if (!t) return null;"
                    + "return parseInt(t.getAttribute('aria-rowcount'), 10) - (t.tHead ? t.tHead.rows.length : 0)"
                    + " - (t.tFoot ? t.tFoot.rows.length : 0);");
            return rows == null ? null : ((Number) rows).intValue();
        });
    }

    private static void fillPasswordChange(Browser browser, String current, String password, String confirm) {
        browser.type(By.id("password-current"), current);
        browser.type(By.id("password-new"), password);
        browser.type(By.id("password-confirm"), confirm);
        browser.clickable(By.id("password-save")).click();
    }

    private static double navLeft(Browser browser) {
        return ((Number) browser.script("return document.querySelector('.atrium-nav').getBoundingClientRect().left;"))
                .doubleValue();
    }

    private static double navRight(Browser browser) {
        return ((Number) browser.script("return document.querySelector('.atrium-nav').getBoundingClientRect().right;"))
                .doubleValue();
    }


}
