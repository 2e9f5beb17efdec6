package bg.inkindmatch.web.browser;

import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.Chromium;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.BrowserFlowTest;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's and a coordinator's week in a real browser, on a desk (1280 px) and on a
 * phone (320 px), in Bulgarian and in English: sign in, see what waits, answer in place,
 * hand over, export. Every page passes axe, fits the screen without sideways scrolling
 * and keeps the quick exit on screen.
 */
class WeekBrowserTest extends BrowserFlowTest {

    /** Signs in through the page and the e-mailed link; lands on My page. */
    private void signInInBrowser(Page page, String email, String language) {
        clearInbox();
        visit(page, "/sign-in?lang=" + language);
        page.locator("input[type=email]").fill(email);
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/sign-in/sent**");
        String link = Inbox.firstLink(inbox.await(email, SIGN_IN_SUBJECT));
        page.navigate(url(link.substring(link.indexOf("/sign-in/confirm"))));
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/my");
        assertThat(chromium.seriousViolations(page)).isEmpty();
        assertThat(Chromium.layoutProblems(page)).isEmpty();
    }

    /** The sign-out is on a row below the quick exit and well to its left. */
    private static void signOutIsAwayFromTheQuickExit(Page page) {
        BoundingBox exit = page.locator("[data-quick-exit]").boundingBox();
        BoundingBox signOut = page.locator(".sign-out button").boundingBox();
        assertThat(signOut.y).as("sign-out below the quick exit").isGreaterThan(exit.y + exit.height + 8);
        assertThat(signOut.x + signOut.width).as("sign-out left of the quick exit").isLessThan(exit.x - 40);
    }

    private static String day(LocalDate date, String language) {
        return date.format(language.equals("bg") ? DateTimeFormatter.ofPattern("dd.MM.yyyy")
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({ "1280, bg, PDV13", "1280, en, PDV15", "320, bg, PDV17", "320, en, PAZ24" })
    void aMembersWeek(int width, String language, String municipality) throws IOException {
        String tag = "week-" + width + language;
        Proposed proposed = proposed(tag, municipality, language);
        long matchId = proposed.matchId();
        boolean bulgarian = language.equals("bg");

        try (BrowserContext companyContext = chromium.context(width, 800);
                BrowserContext centreContext = chromium.context(width, 800)) {
            Page company = companyContext.newPage();
            signInInBrowser(company, proposed.companyEmail(), language);
            assertThat(company.locator(".site-nav a[href='/matches']"))
                .hasText(bulgarian ? "Моите свързвания (1)" : "My matches (1)");
            assertThat(company.locator(".account")).containsText("Книжарница " + tag);
            signOutIsAwayFromTheQuickExit(company);
            assertThat(company.locator("#waiting-" + matchId)).containsText(bulgarian ? "8 комплекта" : "8 sets");

            // a refused form: the summary at its top takes the focus
            visit(company, "/offers/new");
            company.locator("form.form button[type=submit]").first().click();
            assertThat(company.locator(".error-summary")).isVisible();
            assertThat(company.locator(".error-summary")).isFocused();
            assertThat(Chromium.layoutProblems(company)).isEmpty();
            assertThat(chromium.seriousViolations(company)).isEmpty();

            // answered in place: the line says so and the page stays
            visit(company, "/my");
            company.locator("#waiting-" + matchId + " .answers form.inline button").click();
            assertThat(company.locator("#waiting-" + matchId))
                .containsText(bulgarian ? "Приехте предложението." : "You accepted the proposal.");
            assertThat(company.locator("#my-status"))
                .hasText(bulgarian ? "Приехте предложението." : "You accepted the proposal.");
            assertThat(company).hasURL(java.util.regex.Pattern.compile(".*/my$"));
            assertThat(chromium.seriousViolations(company)).isEmpty();

            Page centre = centreContext.newPage();
            signInInBrowser(centre, proposed.centreEmail(), language);
            centre.locator("#waiting-" + matchId + " .answers form.inline button").click();
            assertThat(centre.locator("#waiting-" + matchId)).containsText(bulgarian ? "Приехте" : "You accepted");
            assertThat(matches.findById(matchId).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);

            // the handover, from the agreed list, with its confirmation step
            visit(centre, "/my");
            centre.locator("section[aria-labelledby=handover] a").first().click();
            assertThat(centre.locator(".contact a[href^='tel:'], .contact a[href^='mailto:']").first()).isVisible();
            assertThat(chromium.seriousViolations(centre)).isEmpty();
            centre.locator("a[href$='/delivered']").click();
            assertThat(Chromium.layoutProblems(centre)).isEmpty();
            centre.locator("main form button[type=submit]").click();
            assertThat(centre.locator("p.flash[role=status]")).isVisible();
            assertThat(matches.findById(matchId).orElseThrow().status()).isEqualTo(MatchStatus.DELIVERED);

            // the history and its exports, in the interface's language
            visit(company, "/history");
            assertThat(company.locator("main table")).containsText("Център " + tag);
            assertThat(company.locator("main table")).containsText(bulgarian ? "8 комплекта" : "8 sets");
            assertThat(company.locator("main table"))
                .containsText(day(LocalDate.now(ZoneId.of("Europe/Sofia")), language));
            Download csv = company.waitForDownload(() -> company.locator("a[href='/history.csv']").click());
            String text = Files.readString(csv.path());
            assertThat(text).startsWith(bulgarian ? "\uFEFF\"Дата\";\"Състояние\";\"Другата страна\""
                    : "\uFEFF\"Date\",\"Status\",\"Other side\"");
            assertThat(text).contains("Център " + tag);
            Download xlsx = company.waitForDownload(() -> company.locator("a[href='/history.xlsx']").click());
            assertThat(xlsx.suggestedFilename()).isEqualTo("inkind-history.xlsx");
            assertThat(Files.size(xlsx.path())).isPositive();
        }
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({ "1280, bg, PAZ29", "1280, en, PAZ32", "320, bg, PAZ39", "320, en, PDV01" })
    void aCoordinatorsWeek(int width, String language, String municipality) throws IOException {
        String tag = width + language;
        register(browser(), "CENTRE", "Нов център " + tag, "week-pending-" + tag + "@example.org", "", municipality);
        confirmRegistration("week-pending-" + tag + "@example.org");
        boolean bulgarian = language.equals("bg");

        try (BrowserContext context = chromium.context(width, 800)) {
            Page coordinator = context.newPage();
            signInInBrowser(coordinator, COORDINATOR, language);
            assertThat(coordinator.locator(".site-nav a[href='/coordinator/organisations']"))
                .containsText(bulgarian ? "Организации (" : "Organisations (");
            signOutIsAwayFromTheQuickExit(coordinator);
            assertThat(coordinator.locator("#week"))
                .containsText(day(LocalDate.now(ZoneId.of("Europe/Sofia")), language));
            assertThat(coordinator.locator(".figures dd")).hasCount(5);

            visit(coordinator, "/coordinator/organisations");
            coordinator.locator("li:has-text('Нов център " + tag + "') form[action$='/approve'] button").click();
            assertThat(coordinator.locator("p.flash[role=status]")).isVisible();
            assertThat(Chromium.layoutProblems(coordinator)).isEmpty();

            for (String path : new String[] { "/coordinator/posts", "/coordinator/matches", "/coordinator/impact" }) {
                visit(coordinator, path);
            }
            Download csv = coordinator
                .waitForDownload(() -> coordinator.locator("a[href^='/coordinator/impact/export.csv']").click());
            assertThat(Files.readString(csv.path())).contains(bulgarian ? "\";\"" : "\",\"");
        }
    }

}
