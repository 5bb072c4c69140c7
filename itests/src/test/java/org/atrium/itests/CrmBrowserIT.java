package org.atrium.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atrium.itests.DemoUsers.DemoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CRM in headless Chromium, on one distribution with the demo group and the CRM demo data shared by
 * the test methods (they run in order: the second uses the customer the first registered). Two
 * salespeople (普通员工, own records only) of different sales departments:
 * <ol>
 * <li>the first registers a customer through the form and, typing the same name and credit code again,
 * gets the 撞单 warning naming only the holder's company and owner; the service refuses the save;</li>
 * <li>the second captures a lead and converts it: typing the first one's customer shows the 撞单 holder and
 * 申请共享 in the conversion dialog, the request is sent from there, and the lead then becomes a new
 * customer with an opportunity; the customer 360 page shows its tabs;</li>
 * <li>the second drags that opportunity on the kanban to the next stage (the card stays there after a
 * reload) and edits it: a wrong amount is refused at the field in Chinese, a right one is saved; there is
 * no 转交 without {@code crm.opportunity.assign}.</li>
 * <li>the general manager of their company gives the opportunity to a colleague with 转交.</li>
 * </ol>
 * Screenshots of every step are kept in target/screenshots ({@code <test>-<step>.png}).
 *
 * <p>Runs in the Derby execution of failsafe only (system property {@code atrium.it.browser}), like
 * {@link PortalBrowserIT}.
 */
@EnabledIfSystemProperty(named = "atrium.it.browser", matches = "true",
        disabledReason = "browser tests run in the it-derby execution only")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrmBrowserIT {

    /** The platform's demo group, then the CRM demo data on top of it (2,000 customers on two cores). */
    private static final Duration DEMO_LOAD = Duration.ofSeconds(300);
    private static final Set<String> SALES_DEPARTMENTS = Set.of("销售一部", "销售二部");
    private static final String EMPLOYEE = "普通员工";
    private static final By DIALOG = By.cssSelector(".v-window");
    private static final By NOTIFICATION = By.cssSelector(".v-Notification");

    private static TestDatabase database;
    private static Distribution portal;
    private static String demoPassword;
    private static DemoUser firstSeller;
    private static DemoUser secondSeller;
    /** The general manager of the second salesperson's company (crm.opportunity.assign over the company). */
    private static DemoUser manager;
    /** Another salesperson of the second one's department. */
    private static DemoUser colleague;
    /** The opportunity the second salesperson created, once the kanban showed it. */
    private static String opportunityId;
    /** Unique per run, so a rerun on a kept database is not a duplicate of the last one. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final String CUSTOMER = "浙江测试精工机械有限公司" + RUN;
    private static final String CREDIT_CODE = creditCode();
    private static final String LEAD_COMPANY = "江苏测试智能装备有限公司" + RUN;
    private static final String OPPORTUNITY = "智能产线改造" + RUN;

    @RegisterExtension
    final Browsers browsers = new Browsers(() -> portal.baseUrl());

    @BeforeAll
    static void startPortalWithCrmDemo() throws Exception {
        database = TestDatabase.create();
        portal = Distribution.unpack("crm-browser", database);
        demoPassword = ItEnvironment.randomPassword();
        portal.configure("org.atrium.demo", Map.of("password", demoPassword));
        portal.start();
        portal.awaitLog("Demo group .* loaded", DEMO_LOAD);
        portal.awaitLog("CRM demo data loaded", DEMO_LOAD);
        DemoUsers demo = DemoUsers.read(portal.home().resolve("data/atrium/demo-users.txt"));
        List<DemoUser> sellers = demo.subsidiaryEmployees().stream()
                .filter(u -> u.role().equals(EMPLOYEE) && SALES_DEPARTMENTS.contains(u.unit())).toList();
        firstSeller = sellers.get(0);
        secondSeller = sellers.stream().filter(u -> !u.unit().equals(firstSeller.unit())).findFirst().orElseThrow();
        // demo-users.txt lists each company's general manager before its departments and their people
        List<DemoUser> all = Files.readAllLines(portal.home().resolve("data/atrium/demo-users.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).filter(f -> f.length == 4).map(f -> new DemoUser(f[0], f[1], f[2], f[3]))
                .toList();
        int second = all.indexOf(secondSeller);
        manager = all.subList(0, second).stream().filter(u -> u.role().equals("子公司总经理"))
                .reduce((a, b) -> b).orElseThrow();
        colleague = all.subList(second + 1, all.size()).stream()
                .filter(u -> u.unit().equals(secondSeller.unit()) && u.role().equals(EMPLOYEE)).findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void stopPortal() throws Exception {
        ItEnvironment.close(portal, database);
    }

    /**
     * A salesperson registers a customer; the same name and credit code again show 撞单 with the holder's
     * company and owner and nothing of the customer, and saving is refused.
     */
    @Test
    @Order(1)
    void salespersonRegistersACustomerAndIsWarnedOfTheDuplicate() throws Exception {
        Browser browser = browsers.open();
        signIn(browser, firstSeller);
        openView(browser, "crm/customers");
        browser.clickable(By.id("crm-customers-create")).click();
        browser.visible(DIALOG);
        browser.type(By.id("crm-customer-name"), CUSTOMER);
        browser.type(By.id("crm-customer-credit-code"), CREDIT_CODE);
        browser.screenshot("1-new-customer");
        dialogButton(browser, "保存").click();
        browser.until(d -> browser.fragment().startsWith("crm/customer/"));
        browser.awaitText(By.cssSelector(".atrium-content .v-label-h2"), CUSTOMER);
        String code = customerCode(browser);
        browser.screenshot("2-registered");

        openView(browser, "crm/customers");
        browser.clickable(By.id("crm-customers-create")).click();
        browser.visible(DIALOG);
        browser.type(By.id("crm-customer-name"), CUSTOMER);
        browser.type(By.id("crm-customer-credit-code"), CREDIT_CODE);
        WebElement warning = browser.until(d -> {
            WebElement w = d.findElement(By.id("crm-duplicate-warning"));
            return w.isDisplayed() && w.getText().contains("该客户已由") ? w : null;
        });
        String text = warning.getText().strip();
        assertThat(text).matches(Pattern.compile("(?s)⚠ 该客户已由 \\S+ 的 " + Pattern.quote(firstSeller.name()) + " 跟进.*"));
        assertThat(text).doesNotContain(CUSTOMER).doesNotContain(CREDIT_CODE).doesNotContain(code);
        assertThat(browser.visible(By.id("crm-customer-request-sharing")).getText()).contains("申请共享");
        browser.screenshot("3-duplicate-warning");

        dialogButton(browser, "保存").click();
        browser.visible(By.cssSelector(".v-window .v-errorindicator, .v-window .v-label-failure"));
        assertThat(browser.fragment()).isEqualTo("crm/customers");
        assertThat(browser.driver().findElements(DIALOG)).isNotEmpty();
        browser.screenshot("4-duplicate-refused");
    }

    /**
     * Another salesperson captures a lead and converts it: the first one's customer shows the 撞单 holder
     * and 申请共享 in the conversion dialog; the request goes out from there; with a new name the lead
     * becomes a customer with an opportunity, whose 360 page shows its tabs.
     */
    @Test
    @Order(2)
    void secondSalespersonConvertsALeadAndRequestsSharingOnTheDuplicate() throws Exception {
        Browser browser = browsers.open();
        signIn(browser, secondSeller);
        openView(browser, "crm/leads");
        browser.clickable(By.id("crm-leads-create")).click();
        browser.visible(DIALOG);
        browser.type(By.id("crm-lead-company"), LEAD_COMPANY);
        browser.type(By.id("crm-lead-contact"), "王测试");
        browser.type(By.id("crm-lead-mobile"), "139" + String.format("%08d", new SecureRandom().nextInt(100_000_000)));
        chooseInCombo(browser, By.id("crm-lead-channel"), "展会");
        browser.screenshot("1-new-lead");
        dialogButton(browser, "保存").click();
        browser.until(d -> d.findElements(DIALOG).isEmpty());

        browser.type(By.id("crm-leads-search"), LEAD_COMPANY);
        // the list shows the new lead alone once the search has been applied (a click before would hit a row
        // of an earlier drawing)
        browser.until(d -> gridRows(browser, "crm-leads-grid") == 1
                && gridRowsContaining(browser, "crm-leads-grid", LEAD_COMPANY) == 1);
        selectRow(browser, "crm-leads-grid", LEAD_COMPANY);
        enabledButton(browser, By.id("crm-leads-convert")).click();
        browser.visible(By.id("crm-convert"));

        browser.type(By.id("crm-convert-name"), CUSTOMER);
        WebElement duplicates = browser.until(d -> {
            WebElement w = d.findElement(By.id("crm-convert-duplicates"));
            return w.isDisplayed() && w.getText().contains("该客户已由") ? w : null;
        });
        String text = duplicates.getText();
        assertThat(text).contains("撞单").contains(" 的 " + firstSeller.name() + " 跟进").doesNotContain(CREDIT_CODE);
        browser.screenshot("2-convert-duplicate");

        browser.clickable(By.id("crm-convert-request-sharing")).click();
        browser.type(By.id("crm-sharing-reason"), "该客户在本部门所在区域有新项目，申请共同服务。");
        browser.screenshot("3-request-sharing");
        dialogButton(browser, "提交申请").click();
        awaitNotification(browser, "共享申请已提交给");
        browser.until(d -> d.findElements(By.id("crm-sharing-reason")).isEmpty());
        browser.visible(By.id("crm-convert"));
        browser.screenshot("4-sharing-requested");

        String newCustomer = LEAD_COMPANY;
        browser.type(By.id("crm-convert-name"), newCustomer);
        // an invisible Vaadin component leaves the page
        browser.until(d -> d.findElements(By.id("crm-convert-duplicates")).stream().noneMatch(WebElement::isDisplayed));
        browser.type(By.id("crm-convert-opportunity"), OPPORTUNITY);
        browser.type(By.id("crm-convert-amount"), "350000");
        browser.screenshot("5-convert-filled");
        browser.clickable(By.cssSelector("#crm-convert .v-button-primary")).click();
        browser.until(d -> browser.fragment().startsWith("crm/customer/"));
        List<String> tabs = browser.until(d -> {
            List<String> captions = browser.texts(By.cssSelector(".atrium-content .v-tabsheet-tabitem .v-captiontext"));
            return captions.size() >= 5 ? captions : null;
        });
        assertThat(tabs).contains("基本资料", "联系人", "商机", "跟进记录", "负责人与共享");
        browser.screenshot("6-customer-360");

        browser.withText(By.cssSelector(".atrium-content .v-tabsheet-tabitem .v-captiontext"), "商机").orElseThrow()
                .click();
        browser.awaitText(By.cssSelector("#crm-customer-opportunities .v-grid-cell"), OPPORTUNITY);
        browser.screenshot("7-customer-opportunities");
    }

    /**
     * The second salesperson drags the new opportunity to the next stage; after a reload the card is in
     * that column. The card's 编辑 opens the dialog: a wrong amount is refused at its field in Chinese, a
     * right one is saved. Without {@code crm.opportunity.assign} there is no 转交.
     */
    @Test
    @Order(3)
    void opportunityMovesOnTheKanbanAndIsEdited() throws Exception {
        Browser browser = browsers.open();
        signIn(browser, secondSeller);
        openView(browser, "crm/opportunities/kanban");
        browser.visible(By.id("crm-kanban"));
        browser.type(By.id("crm-opportunities-search"), OPPORTUNITY);
        String cardId = awaitCard(browser);
        String from = columnOf(browser, cardId);
        List<?> columns = (List<?>) browser.script("return Array.from(document.querySelectorAll('#crm-kanban "
                + ".crm-kanban-column')).map(c => c.id);");
        String to = (String) columns.get(columns.indexOf(from) + 1);
        browser.screenshot("1-kanban");

        drag(browser, By.id(cardId), By.id(to));
        awaitNotification(browser, "已把「" + OPPORTUNITY + "」移至");
        browser.until(d -> to.equals(columnOf(browser, cardId)));
        browser.screenshot("2-moved");

        browser.driver().navigate().refresh();
        browser.visible(By.id("crm-kanban"));
        browser.type(By.id("crm-opportunities-search"), OPPORTUNITY);
        assertThat(awaitCard(browser)).isEqualTo(cardId);
        assertThat(columnOf(browser, cardId)).isEqualTo(to);
        browser.screenshot("3-after-reload");

        opportunityId = cardId.substring("crm-opportunity-".length());
        assertThat(browser.driver().findElements(By.id("crm-opportunity-assign-" + opportunityId))).isEmpty();
        browser.clickable(By.id("crm-opportunity-edit-" + opportunityId)).click();
        browser.visible(By.id("crm-opportunity-edit"));
        browser.type(By.id("crm-opportunity-edit-amount"), "12.345");
        dialogButton(browser, "保存").click();
        browser.awaitText(By.id("crm-opportunity-edit-errors"), "金额：金额最多保留两位小数");
        browser.visible(By.cssSelector("#crm-opportunity-edit .v-errorindicator"));
        assertThat(browser.visible(By.id("crm-opportunity-edit-amount")).getAttribute("class")).contains("error");
        browser.screenshot("4-edit-refused");

        browser.type(By.id("crm-opportunity-edit-amount"), "420000");
        dialogButton(browser, "保存").click();
        awaitNotification(browser, "商机「" + OPPORTUNITY + "」已保存");
        browser.until(d -> d.findElements(By.id("crm-opportunity-edit")).isEmpty());
        browser.until(d -> d.findElements(By.id(cardId)).stream().anyMatch(c -> c.getText().contains("¥420,000.00")));
        browser.screenshot("5-edited");
    }

    /**
     * The general manager of the company gives the opportunity to another salesperson of the department
     * with 转交 in the opportunity list; the owner column follows. (The salesperson had no 转交.)
     */
    @Test
    @Order(4)
    void managerReassignsTheOpportunity() throws Exception {
        assertThat(opportunityId).as("the kanban test ran first").isNotNull();
        Browser browser = browsers.open();
        signIn(browser, manager);
        openView(browser, "crm/opportunities");
        browser.type(By.id("crm-opportunities-search"), OPPORTUNITY);
        // the grid shows this opportunity alone once the search has been applied
        browser.until(d -> gridRows(browser, "crm-opportunity-grid") == 1
                && gridRowsContaining(browser, "crm-opportunity-grid", OPPORTUNITY) == 1);
        enabledButton(browser, By.id("crm-opportunity-assign-" + opportunityId)).click();
        browser.visible(By.id("crm-opportunity-assign"));
        dialogButton(browser, "转交").click();
        browser.visible(By.cssSelector("#crm-opportunity-assign .v-errorindicator"));
        browser.awaitText(By.id("crm-opportunity-assign-error"), "请选择新的负责人");
        assertThat(browser.visible(By.id("crm-opportunity-assign-user")).getAttribute("class"))
                .contains("v-filterselect-error");
        browser.screenshot("1-pick-required");

        WebElement input = browser.visible(By.cssSelector("#crm-opportunity-assign-user input"));
        input.sendKeys(colleague.name());
        String caption = colleague.name() + "（" + colleague.unit() + "）";
        clickSuggestion(browser, caption);
        browser.until(d -> caption.equals(input.getAttribute("value")));
        browser.screenshot("2-picked");
        dialogButton(browser, "转交").click();
        awaitNotification(browser, "已把「" + OPPORTUNITY + "」转交给 " + colleague.name());
        browser.until(d -> d.findElements(By.id("crm-opportunity-assign")).isEmpty());
        browser.until(d -> gridRowsContaining(browser, "crm-opportunity-grid", colleague.name()) == 1);
        browser.screenshot("3-reassigned");
    }

    // ---------------------------------------------------------------- helpers

    private static void signIn(Browser browser, DemoUser user) {
        browser.open("/").awaitLoginPage();
        browser.submitLogin(user.login(), demoPassword);
        browser.awaitDashboard();
    }

    /** Opens a view by its address, as a bookmark would. */
    private static void openView(Browser browser, String state) {
        browser.open("/#!" + state);
        browser.until(d -> state.equals(browser.fragment()));
        browser.visible(By.cssSelector(".atrium-content .v-label-h2"));
    }

    /**
     * Selects the grid row showing the text. A click that reaches the grid while it is still taking in
     * freshly loaded rows only moves the focus, so the click is repeated (at most five times) until the row
     * is selected; it is never repeated on a selected row (a second click would deselect it).
     */
    private static void selectRow(Browser browser, String gridId, String text) {
        By row = By.xpath("//*[@id='" + gridId + "']//tr[contains(@class,'v-grid-row')][td[normalize-space(.)='"
                + text + "']]");
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.visible(row).findElement(By.tagName("td")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5), Duration.ofMillis(100)).until(
                        d -> d.findElement(row).getAttribute("class").contains("v-grid-row-selected"));
                return;
            } catch (TimeoutException e) {
                // not selected: click again
            } catch (StaleElementReferenceException e) {
                // redrawn meanwhile: look again
            }
        }
        throw new AssertionError("the row showing " + text + " of " + gridId + " could not be selected");
    }

    /**
     * Waits until a Vaadin button is enabled: a disabled one is still "clickable" for WebDriver (a div with
     * {@code v-disabled}), and its click would be dropped.
     */
    private static WebElement enabledButton(Browser browser, By button) {
        return browser.until(d -> {
            WebElement b = browser.visible(button);
            return b.getAttribute("class").contains("v-disabled") ? null : b;
        });
    }

    /** The topmost dialog's button with this caption. */
    private static WebElement dialogButton(Browser browser, String caption) {
        return browser.until(d -> {
            List<WebElement> windows = d.findElements(DIALOG).stream().filter(WebElement::isDisplayed).toList();
            if (windows.isEmpty()) {
                return null;
            }
            return windows.get(windows.size() - 1).findElements(By.cssSelector(".v-button")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(b -> caption.equals(b.getText().strip())).findFirst().orElse(null);
        });
    }

    private static void chooseInCombo(Browser browser, By combo, String caption) {
        browser.visible(combo).findElement(By.cssSelector(".v-filterselect-button")).click();
        clickSuggestion(browser, caption);
        browser.until(d -> caption.equals(d.findElement(combo).findElement(By.tagName("input")).getAttribute("value")));
        // a filter answer that arrives after the click can open the suggestions again over the dialog's buttons:
        // wait for them to close, and if they stay, close them the way a user does, by clicking the dialog's
        // caption (not Escape: that closes the dialog)
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (suggestionsShown(browser) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (suggestionsShown(browser)) {
            browser.visible(DIALOG).findElement(By.cssSelector(".v-window-header")).click();
            browser.until(d -> !suggestionsShown(browser));
        }
        browser.until(d -> caption.equals(d.findElement(combo).findElement(By.tagName("input")).getAttribute("value")));
    }

    /** Whether a combo box's suggestion list is on screen. */
    private static boolean suggestionsShown(Browser browser) {
        return browser.driver().findElements(By.id("VAADIN_COMBOBOX_OPTIONLIST")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The number of a grid's rendered rows. */
    private static int gridRows(Browser browser, String gridId) {
        return ((Number) browser.script("return document.querySelectorAll('#' + arguments[0]"
                + " + ' .v-grid-body .v-grid-row').length;", gridId)).intValue();
    }

    /** The number of a grid's rendered rows that show the text in some cell (read in one go: the grid redraws). */
    private static int gridRowsContaining(Browser browser, String gridId, String text) {
        return ((Number) browser.script("return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' .v-grid-body .v-grid-row')).filter(r => Array.from(r.cells).some("
                + "c => c.innerText.trim() === arguments[1])).length;", gridId, text)).intValue();
    }

    /** Clicks the combo box suggestion with this caption (the popup redraws while the filter is applied). */
    private static void clickSuggestion(Browser browser, String caption) {
        browser.until(d -> {
            try {
                WebElement item = d.findElements(By.cssSelector("#VAADIN_COMBOBOX_OPTIONLIST .gwt-MenuItem")).stream()
                        .filter(WebElement::isDisplayed).filter(i -> caption.equals(i.getText().strip())).findFirst()
                        .orElse(null);
                if (item == null) {
                    return false;
                }
                item.click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static void awaitNotification(Browser browser, String text) {
        browser.until(d -> d.findElements(NOTIFICATION).stream().anyMatch(n -> n.getText().contains(text)));
    }

    /** The header fact 客户编码 of the 360 page. */
    private static String customerCode(Browser browser) {
        String fact = browser.until(d -> d.findElements(By.cssSelector(".atrium-content .crm-fact")).stream()
                .map(WebElement::getText).map(String::strip).filter(t -> t.startsWith("客户编码：")).findFirst()
                .orElse(null));
        return fact.substring("客户编码：".length());
    }

    /**
     * @return the id of the kanban card of the opportunity once the board shows it alone: the search has
     *         then been applied (the board redraws for every change of the search, and a click on a card
     *         of an earlier drawing would reach a component that is gone)
     */
    private static String awaitCard(Browser browser) {
        return browser.until(d -> (String) browser.script("var cards = document.querySelectorAll("
                + "'#crm-kanban .crm-kanban-card');"
                + "return cards.length === 1 && cards[0].innerText.indexOf(arguments[0]) >= 0 ? cards[0].id : null;",
                OPPORTUNITY));
    }

    private static String columnOf(Browser browser, String cardId) {
        return (String) browser.script("var c = document.getElementById(arguments[0]);"
                + "var col = c && c.closest('.crm-kanban-column'); return col ? col.id : null;", cardId);
    }

    /**
     * Drags one element onto another. Chromium does not start an HTML5 drag from WebDriver's synthetic
     * mouse (Selenium's {@code Actions.dragAndDrop} moves the pointer but no {@code dragstart} follows), so
     * the drag is dispatched as the browser would: dragstart on the card, dragenter, dragover and drop on
     * the column with one shared DataTransfer, dragend on the card. Vaadin's DnD extensions listen to
     * exactly these events and send the drag start and the drop to the server.
     */
    private static void drag(Browser browser, By source, By target) {
        WebElement from = browser.visible(source);
        WebElement to = browser.visible(target);
        browser.script("var src = arguments[0], dst = arguments[1], dt = new DataTransfer();"
                + "function fire(el, type) {"
                + "  var r = el.getBoundingClientRect();"
                + "  el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, composed: true,"
                + "    dataTransfer: dt, clientX: r.left + r.width / 2, clientY: r.top + Math.min(20, r.height / 2)}));"
                + "}"
                + "fire(src, 'dragstart'); fire(dst, 'dragenter'); fire(dst, 'dragover'); fire(dst, 'drop');"
                + "fire(src, 'dragend');", from, to);
    }


    /** A well-formed unified social credit code with a random organisation part (GB 32100-2015). */
    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder("91330100");
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return code.append(alphabet.charAt(check == 31 ? 0 : check)).toString();
    }

}
