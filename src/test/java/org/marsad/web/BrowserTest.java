package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.StaleElementReferenceException;
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
        app = new TestApp(ReportPagesTest::civilians);
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
