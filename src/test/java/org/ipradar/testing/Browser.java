package org.ipradar.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A headless Chromium for page tests, from Debian's chromium and chromium-driver; skips the test when absent. */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final WebDriver driver;

    private Browser(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser with a fresh profile, or skips the calling test class when Chromium is not installed. */
    public static Browser start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium/chromedriver not found at /usr/bin; install them with: "
                        + "apt-get install chromium chromium-driver fonts-noto-cjk");
        Path profile = Files.createTempDirectory("ipradar-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(profile, driver);
    }

    /** The driver. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        if (Files.exists(profile)) {
            try (Stream<Path> s = Files.walk(profile)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Clicks an element that leads to another page (a link, a form's button) and waits until that page has replaced
     * this one and finished loading, so that what follows never reads the old page.
     */
    public static void clickAndWait(WebDriver driver, WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    // chromedriver reports an element of a page that was left either as stale or as "does not belong to the
    // document"; both mean the next page has replaced it
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (StaleElementReferenceException left) {
            return true;
        } catch (WebDriverException left) {
            if (String.valueOf(left.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw left;
        }
    }

    /**
     * Starts a test as a signed-out visitor whose pages count the alerts their scripts raise in
     * {@code window.__alerts} (none may run): leaves the current page, drops the cookies, installs the counter.
     */
    public static void freshVisitorCountingAlerts(WebDriver driver, String base) {
        driver.get(base + "/health");
        driver.manage().deleteAllCookies();
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "window.__alerts = 0; window.alert = function () { window.__alerts++; };"));
    }

    /** Fills the sign-in form the browser shows (the test password) and waits for the page it leads to. */
    public static void submitSignIn(WebDriver driver, String name) {
        driver.findElement(By.id("login-name")).sendKeys(name);
        driver.findElement(By.id("login-password")).sendKeys(TestAuth.PASSWORD);
        clickAndWait(driver, driver.findElement(By.id("login-submit")));
    }
}
