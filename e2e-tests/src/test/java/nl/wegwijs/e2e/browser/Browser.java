package nl.wegwijs.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.wegwijs.e2e.RunningPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium against the running platform. Browser tests are
 * skipped where Chromium is not installed, except in CI ({@code WEGWIJS_REQUIRE_BROWSER=true}).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path screenshots;
    private final Path profile;

    private Browser(WebDriver driver, Path screenshots, Path profile) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    public static Browser open() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("WEGWIJS_REQUIRE_BROWSER"))) {
            assumeTrue(installed, "Chromium and chromedriver are not installed");
        }
        Path profile = Files.createTempDirectory("wegwijs-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        // the console, for severeConsoleMessages(): a module that fails to load or a script that throws
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Path screenshots = Path.of(System.getProperty("wegwijs.e2e.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        return new Browser(driver, screenshots, profile);
    }

    public void go(String path) {
        driver.get(RunningPlatform.gateway() + path);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement element = await(by);
        element.clear();
        element.sendKeys(text);
    }

    public void select(By by, String value) {
        new Select(await(by)).selectByValue(value);
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    /** Signs in on the login page and waits until the staff area has opened. */
    public void signIn(String user) {
        driver.manage().deleteAllCookies();
        go("/login");
        type(By.id("username"), user);
        type(By.id("password"), user);
        click(By.id("login-submit"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/staff/"));
    }

    /** Fails when a page opened a JavaScript alert: text a person typed must never run as script. */
    public void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("A script ran and opened an alert: " + text);
        } catch (org.openqa.selenium.NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /**
     * What the pages' console said at level SEVERE since the last call (then forgotten): uncaught errors, a
     * module that failed to load or lacks an export, resources that failed (with their URL).
     */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static final String DRAWN_AT = """
            const [element, text] = arguments;
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.data.indexOf(text);
              if (at < 0) continue;
              const left = (i) => {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                return range.getBoundingClientRect().left;
              };
              return [left(at), left(at + text.length - 1)];
            }
            return null;""";

    /**
     * Where the first and the last character of the first occurrence of {@code text} in {@code element} are
     * drawn (left edge, px): the order people see, which the DOM's text order does not show for bidi text.
     */
    public double[] drawnAt(WebElement element, String text) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) driver).executeScript(DRAWN_AT, element, text);
        assertThat(at).as("\"%s\" is shown", text).isNotNull();
        return new double[] {at.get(0).doubleValue(), at.get(1).doubleValue()};
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
