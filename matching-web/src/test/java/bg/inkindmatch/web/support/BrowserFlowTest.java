package bg.inkindmatch.web.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flow test in a real browser: one Chromium for the test class, and pages that are
 * checked as a person meets them.
 */
public abstract class BrowserFlowTest extends WebFlowTest {

    protected static Chromium chromium;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a page, checks it for serious accessibility problems and for a layout that
     * fits the screen with the quick exit on it, and returns it.
     */
    protected Page visit(Page page, String path) {
        page.navigate(url(path));
        assertThat(chromium.seriousViolations(page)).as("axe on %s", path).isEmpty();
        assertThat(Chromium.layoutProblems(page)).as("layout of %s", path).isEmpty();
        return page;
    }

}
