package bg.inkindmatch.web.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from Debian's package, driven by Playwright (which downloads no
 * browser), with axe-core from the npm registry for accessibility checks.
 */
public final class Chromium implements AutoCloseable {

    private static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private final Playwright playwright;

    private final Browser browser;

    private final String axe;

    public Chromium() {
        Path executable = executable();
        this.playwright = Playwright
            .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        try {
            this.axe = Files.readString(AXE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: the build runs 'npm ci' in src/test/browser", e);
        }
    }

    private static Path executable() {
        String configured = System.getenv("CHROMIUM_PATH");
        Path executable = configured == null || configured.isBlank() ? DEFAULT_EXECUTABLE : Path.of(configured);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Debian's chromium at " + executable
                    + " (apt-get install -y chromium, as .ci/run does), or CHROMIUM_PATH set to a Chromium.");
        }
        return executable;
    }

    /** A new browser context (its own cookies), with or without JavaScript. */
    public BrowserContext context(boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript).setLocale("bg-BG"));
    }

    /**
     * A new browser context with JavaScript, its own cookies and a screen of the given
     * size (a phone: 320 x 640).
     */
    public BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(true)
            .setLocale("bg-BG")
            .setViewportSize(width, height));
    }

    /**
     * What keeps a page from working on this screen: sideways scrolling, or a quick exit
     * that is not wholly on screen without scrolling. Empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    public static List<String> layoutProblems(Page page) {
        return (List<String>) page.evaluate(
                """
                        () => {
                          const problems = [];
                          const root = document.documentElement;
                          if (root.scrollWidth > root.clientWidth) {
                            problems.push('scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
                          }
                          const exit = document.querySelector('[data-quick-exit]');
                          if (!exit) {
                            problems.push('no quick exit');
                          } else {
                            const box = exit.getBoundingClientRect();
                            if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) {
                              problems.push('quick exit off screen: ' + JSON.stringify(box));
                            }
                          }
                          return problems;
                        }""");
    }

    /**
     * Collects the console errors of a page, such as Content-Security-Policy violations.
     */
    public static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text() + " at " + message.location());
            }
        });
        return errors;
    }

    /** The serious and critical accessibility violations axe-core finds on the page. */
    @SuppressWarnings("unchecked")
    public List<String> seriousViolations(Page page) {
        page.evaluate(axe);
        return (List<String>) page.evaluate(
                """
                        async () => {
                          const result = await axe.run(document, { resultTypes: ['violations'] });
                          return result.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                        }""");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

}
