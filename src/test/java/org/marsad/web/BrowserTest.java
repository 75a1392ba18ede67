package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app in a real headless Chromium (Debian's chromium and chromium-driver): an editor signs in,
 * enters a report, confirms a figure and sees the dashboard total change, then switches language.
 * Screenshots of the Arabic dashboard (desktop and phone width) are kept in target/screenshots.
 * Skipped where /usr/bin/chromedriver is not installed.
 */
class BrowserTest {
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private TestApp app;
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        app = new TestApp(ReportPagesTest::civilians, ReportVictimsPagesTest::named);
        profile = Files.createTempDirectory("marsad-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void anEditorConfirmsAFigureAndTheDashboardTotalChangesInBothLanguages() throws IOException {
        open("/login");
        browser.findElement(By.id("name")).sendKeys("reem");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("reem");
        long before = totalKilled();
        long civiliansBefore = civilians();

        browser.findElement(By.id("nav-upload")).click();
        browser.findElement(By.id("title")).sendKeys("Shelling of the old city");
        new Select(browser.findElement(By.id("report-lang"))).selectByValue("en");
        browser.findElement(By.id("text")).sendKeys("Shelling killed 25 civilians in the old city on Friday.");
        browser.findElement(By.id("store-report")).click();
        assertThat(browser.findElement(By.id("mark-1")).getText()).isEqualTo("25 civilians");

        browser.findElement(By.cssSelector("#review-1 button.confirm")).click();
        waitForStatus("مؤكد");
        assertThat(browser.findElement(By.cssSelector("#figure-1 .status")).getText()).contains("مؤكد");
        new Select(browser.findElement(By.cssSelector("#review-1 select.grade"))).selectByValue("fair");
        browser.findElement(By.cssSelector("#review-1 button.attach")).click();
        // the form's answer must have come before the next page is asked for, or it replaces that page
        waitForStatus("الحادثة");

        open("/");
        assertThat(totalKilled()).isEqualTo(before + 25);
        assertThat(browser.findElement(By.cssSelector(".including")).getText()).contains("بينهم", "مدنياً");
        assertThat(civilians()).isEqualTo(civiliansBefore + 25);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        screenshot("dashboard-ar.png");
        browser.manage().window().setSize(new Dimension(412, 915));
        screenshot("dashboard-ar-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector(".totals h2")).getText()).isEqualTo("Deaths and injuries recorded");
        assertThat(totalKilled()).isEqualTo(before + 25);
        browser.findElement(By.linkText("Reports")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("the choice holds").isEqualTo("ltr");
    }

    @Test
    void anEditorConfirmsOneNamedVictimAndCorrectsAnotherOnTheReportsReviewPage() throws IOException {
        open("/login");
        browser.findElement(By.id("name")).sendKeys("reem");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        browser.findElement(By.id("nav-upload")).click();
        new Select(browser.findElement(By.id("report-lang"))).selectByValue("en");
        browser.findElement(By.id("text")).sendKeys("Shelling killed 3 civilians, including Samer Ali and Huda Hasan.");
        browser.findElement(By.id("store-report")).click();
        assertThat(browser.findElements(By.cssSelector("#victims tr.victim .name")))
                .extracting(WebElement::getText).containsExactly("Samer Ali", "Huda Hasan");

        browser.findElement(By.cssSelector("#victim-review-1 button.confirm")).click();
        waitForVictim(1, "مؤكد");
        WebElement name = browser.findElement(By.cssSelector("#victim-review-2 input.name"));
        name.clear();
        name.sendKeys("Huda Hasan al-Ahmad");
        browser.findElement(By.cssSelector("#victim-review-2 input.age")).sendKeys("9");
        new Select(browser.findElement(By.cssSelector("#victim-review-2 select.sex"))).selectByValue("F");
        browser.findElement(By.cssSelector("#victim-review-2 button.save")).click();
        waitForVictim(2, "مصحح");

        List<WebElement> rows = browser.findElements(By.cssSelector("#victims tr.victim"));
        assertThat(rows.get(1).findElement(By.cssSelector(".name")).getText()).isEqualTo("Huda Hasan al-Ahmad");
        assertThat(rows.get(1).findElement(By.cssSelector(".age")).getText()).isEqualTo("9");
        assertThat(rows.get(1).findElement(By.cssSelector(".status")).getText()).contains("reem");
        assertThat(rows).allMatch(r -> r.getAttribute("class").contains("counted"));
        screenshot("report-victims-ar.png");
    }

    /** Waits until the status of the report's {@code number}th named victim reads {@code text}. */
    private void waitForVictim(int number, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#victims tr.victim .status")).size() >= number
                        && d.findElements(By.cssSelector("#victims tr.victim .status")).get(number - 1).getText()
                        .contains(text));
    }

    /**
     * A documenter's day in one language: enter a report, correct its figure, add the figure the extractor
     * missed, upload a 3-row victims CSV, attach two named victims to the incident, add a victim by hand and
     * merge two records into one person — the dashboard's total asserted after every step.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aDocumenterCorrectsEntersAndMergesAndTheTotalFollowsEachStep(String lang) throws Exception {
        open("/login?lang=" + lang);
        browser.findElement(By.id("name")).sendKeys("reem");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("reem");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        long before = totalKilled();

        browser.findElement(By.id("nav-upload")).click();
        browser.findElement(By.id("title")).sendKeys("Shelling of the old city");
        new Select(browser.findElement(By.id("report-lang"))).selectByValue("en");
        browser.findElement(By.id("text")).sendKeys("Shelling killed 25 civilians in the old city; 3 fighters were also killed.");
        browser.findElement(By.id("store-report")).click();
        // the click returns before the redirect is followed: read the address only once it is the report's
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().matches(".*/reports/\\d+([?#].*)?"));
        String report = new java.net.URI(browser.getCurrentUrl()).getPath();
        browser.findElement(By.cssSelector("#review-1 button.confirm")).click();
        waitFor("#figure-1 .status", statusWord(lang, "confirmed"));
        new Select(browser.findElement(By.cssSelector("#review-1 select.grade"))).selectByValue("fair");
        browser.findElement(By.cssSelector("#review-1 button.attach")).click();
        waitFor("#figure-1 .status a.incident-link", "#");
        String incident = browser.findElement(By.cssSelector("#figure-1 .status a.incident-link")).getAttribute("href")
                .replaceAll(".*/incidents/", "");
        assertThat(dashboardTotal()).as("the figure attached").isEqualTo(before + 25);

        open(report);
        WebElement count = browser.findElement(By.cssSelector("#edit-1 input.count"));
        count.clear();
        count.sendKeys("30");
        browser.findElement(By.cssSelector("#edit-1 button.save-figure")).click();
        waitFor("#figure-1 .count", "30");
        assertThat(browser.findElement(By.cssSelector("#figure-1 .status")).getText()).contains(statusWord(lang, "edited"));
        assertThat(dashboardTotal()).as("the figure corrected").isEqualTo(before + 30);

        open(report);
        browser.findElement(By.id("missed-text")).sendKeys("3 fighters");
        browser.findElement(By.id("missed-count")).sendKeys("3");
        new Select(browser.findElement(By.id("missed-group"))).selectByValue("fighter");
        browser.findElement(By.id("add-missed")).click();
        waitFor("#mark-2", "3 fighters");
        screenshot("report-edit-" + lang + ".png");
        new Select(browser.findElement(By.cssSelector("#review-2 select.incident"))).selectByValue(incident);
        browser.findElement(By.cssSelector("#review-2 button.attach")).click();
        waitFor("#figure-2 .status a.incident-link", "#" + incident);
        assertThat(dashboardTotal()).as("the missed figure added to the incident").isEqualTo(before + 33);

        Path csv = profile.resolve("family.csv");
        Files.writeString(csv, "id,name,sex,age,date,status\n1,هدى العلي,F,30,2017-08-20,civilian\n"
                + "2,سامر العلي,M,9,2017-08-20,civilian\n3,Omar Hassan,M,40,2017-08-21,civilian\n");
        open("/victims/upload");
        browser.findElement(By.id("upload-source")).sendKeys("Family list");
        browser.findElement(By.id("upload-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("check-upload")).click();
        assertThat(browser.findElement(By.id("row-count")).getText()).isEqualTo("3");
        assertThat(dashboardTotal()).as("a preview writes nothing").isEqualTo(before + 33);
        open("/victims/upload");
        browser.findElement(By.id("upload-source")).sendKeys("Family list");
        browser.findElement(By.id("upload-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("check-upload")).click();
        browser.findElement(By.id("import-victims")).click();
        assertThat(browser.findElement(By.id("added")).getText()).isEqualTo("3");
        assertThat(dashboardTotal()).as("three named victims, no incident yet").isEqualTo(before + 36);

        long huda = recordOf("هدى العلي");
        long samer = recordOf("سامر العلي");
        open("/incidents/" + incident);
        browser.findElement(By.id("attach-records")).sendKeys(huda + ", " + samer);
        browser.findElement(By.id("attach-victims")).click();
        waitFor("#named-count", "2");
        screenshot("incident-" + lang + ".png");
        assertThat(dashboardTotal()).as("two named civilians inside the figure of 30 civilians").isEqualTo(before + 34);

        open("/victims/new");
        browser.findElement(By.id("victim-name")).sendKeys("عمر حسن");
        new Select(browser.findElement(By.id("victim-source"))).selectByVisibleText("Family list");
        new Select(browser.findElement(By.id("victim-status"))).selectByValue("civilian");
        browser.findElement(By.id("save-victim")).click();
        waitFor("h2", "عمر حسن");
        long omarByHand = Long.parseLong(new java.net.URI(browser.getCurrentUrl()).getPath().replace("/victims/", ""));
        assertThat(dashboardTotal()).as("a victim added by hand").isEqualTo(before + 35);

        open("/victims/" + recordOf("Omar Hassan"));
        browser.findElement(By.id("same-other")).sendKeys(Long.toString(omarByHand));
        browser.findElement(By.id("same-person")).click();
        waitFor("h2", "#");
        assertThat(browser.getCurrentUrl()).contains("/persons/");
        assertThat(browser.findElements(By.cssSelector(".record"))).hasSize(2);
        assertThat(dashboardTotal()).as("two records merged into one person").isEqualTo(before + 34);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
        screenshot("walk-" + lang + ".png");
    }

    private long dashboardTotal() {
        open("/");
        return totalKilled();
    }

    private long recordOf(String name) {
        return new org.marsad.store.victim.Victims(app.db).search(name, 1).get(0).id();
    }

    private static String statusWord(String lang, String status) {
        return switch (status) {
            case "confirmed" -> "ar".equals(lang) ? "مؤكد" : "confirmed";
            default -> "ar".equals(lang) ? "مصحح" : "corrected";
        };
    }

    /** Waits until an element of the page after a form reads {@code text}. */
    private void waitFor(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Waits until the first figure's status, as the page after a review form shows it, reads {@code text}. */
    private void waitForStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#figure-1 .status")).stream()
                        .anyMatch(status -> status.getText().contains(text)));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + app.app.port() + path);
    }

    /** The civilians of the dashboard's "including" line ("بينهم: 1,286 مدنياً …"; مدني after 100, مدنيين after 3–10). */
    private long civilians() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d,]+)\\s*مدني")
                .matcher(browser.findElement(By.cssSelector(".including")).getText());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** The dashboard's total, read as it is shown: "3,248" in both languages (Western digits). */
    private long totalKilled() {
        WebElement total = browser.findElement(By.id("total-killed"));
        return Long.parseLong(total.getText().replace(",", ""));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
