package bg.inkindmatch.web.browser;

import bg.inkindmatch.web.support.Chromium;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.SeededYear;
import bg.inkindmatch.web.support.BrowserFlowTest;
import bg.inkindmatch.core.MatchingEngine;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a browser shows: the live preview, the language switch, forms without
 * JavaScript, accessibility.
 */
class BrowserTest extends BrowserFlowTest {

    @Autowired
    private MatchingEngine engine;

    /** The form field with exactly this label. */
    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void signInInBrowser(Page page, String email) {
        visit(page, "/sign-in?lang=en");
        field(page, "E-mail").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your e-mail")))
            .isVisible();
        String link = Inbox.firstLink(inbox.await(email, SIGN_IN_SUBJECT));
        clearInbox();
        page.navigate(url(link.substring(link.indexOf("/sign-in/confirm"))));
        assertThat(chromium.seriousViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void aCentrePostsANeedWhileTheFormShowsTheMatchingOffersLive() {
        registerApproved("COMPANY", "ИТ фирма Варна", "it-varna@example.org", "VAR06");
        var company = signIn("it-varna@example.org");
        company.get("/offers/new");
        Map<String, String> offer = new HashMap<>();
        offer.putAll(Map.of("title", "Лаптопи за обучение", "description", "", "category", "equipment.it", "unit",
                "PCS", "quantity", "5", "availableFrom", LocalDate.now().toString(), "availableUntil",
                LocalDate.now().plusDays(60).toString(), "reach", "PROVINCE", "conditions", ""));
        company.post("/offers", offer);
        textsSeen();
        registerApproved("CENTRE", "Център Варна ИТ", "centre-varna@example.org", "VAR06");

        try (BrowserContext context = chromium.context(true)) {
            Page page = context.newPage();
            List<String> errors = Chromium.consoleErrors(page);
            signInInBrowser(page, "centre-varna@example.org");
            visit(page, "/needs/new");
            field(page, "Title").fill("Компютри за курсове");
            field(page, "Category").selectOption("equipment.it");
            assertThat(field(page, "Unit").locator("option")).hasCount(3);
            assertThat(field(page, "Unit").locator("option").nth(1)).hasText("pcs");
            field(page, "Unit").selectOption("PCS");
            field(page, "Quantity").fill("3");
            field(page, "Search a municipality").fill("Варн");
            assertThat(field(page, "Municipality of the handover point").locator("option[value='RSE27']")).hasCount(0);
            assertThat(field(page, "Municipality of the handover point").locator("option[value='VAR06']")).hasCount(1);
            field(page, "Municipality of the handover point").selectOption("VAR06");

            assertThat(page.locator("#preview")).containsText("1 open post matches.");
            assertThat(page.locator("#preview")).containsText("Лаптопи за обучение");
            assertThat(chromium.seriousViolations(page)).isEmpty();
            field(page, "Handover point").fill("Търговската камара във Варна");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My needs"))).isVisible();
            assertThat(page.locator("table")).containsText("Компютри за курсове");
            assertThat(errors).as("console errors, such as CSP violations").isEmpty();
        }
    }

    @Test
    void theWholePathFromOfferToDeliveryThroughTheEmailLinks() {
        registerApproved("CENTRE", "Център Троян", "centre-troyan@example.org", "LOV34");
        var centreHttp = signIn("centre-troyan@example.org");
        centreHttp.get("/needs/new");
        centreHttp.post("/needs",
                new HashMap<>(Map.of("title", "Учебни пособия", "description", "", "category", "consumables.stationery",
                        "unit", "SET", "quantity", "8", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency",
                        "HIGH", "handover", "LOV34", "handoverPoint", "Читалището в Троян")));
        registerApproved("COMPANY", "Книжарница Троян", "company-troyan@example.org", "LOV34");

        try (BrowserContext companyContext = chromium.context(true);
                BrowserContext centreContext = chromium.context(true)) {
            Page company = companyContext.newPage();
            List<String> errors = Chromium.consoleErrors(company);
            signInInBrowser(company, "company-troyan@example.org");
            visit(company, "/offers/new");
            field(company, "Title").fill("Комплекти пособия");
            // the unit list follows the category: wait for it before choosing, as a
            // person sees it change
            company.waitForResponse(response -> response.url().contains("/posts/units"),
                    () -> field(company, "Category").selectOption("consumables.stationery"));
            field(company, "Unit").selectOption("SET");
            field(company, "Quantity").fill("8");
            company.getByLabel("Only in my municipality").check();
            assertThat(company.locator("#preview")).containsText("1 open post matches.");
            company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(company.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My offers")))
                .isVisible();

            String centreAccept = answerLink(inbox.await("centre-troyan@example.org", "Proposed match"));
            String companyAccept = answerLink(inbox.await("company-troyan@example.org", "Proposed match"));
            textsSeen();
            Page centre = centreContext.newPage();
            visit(centre, centreAccept);
            centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I accept the match")).click();
            assertThat(centre.locator("main")).containsText("waiting for the other side");
            visit(company, companyAccept);
            company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I accept the match")).click();
            assertThat(company.locator("main")).containsText("the match is agreed");

            company.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the match")).click();
            assertThat(company.locator(".contact")).containsText("centre-troyan@example.org");
            assertThat(company.locator(".contact")).containsText("Читалището в Троян");
            assertThat(chromium.seriousViolations(company)).isEmpty();
            signInInBrowser(centre, "centre-troyan@example.org");
            visit(centre, "/matches");
            centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Комплекти пособия")).click();
            assertThat(centre.locator(".contact")).containsText("company-troyan@example.org");
            assertThat(centre.locator(".contact a[href^='mailto:']")).hasText("company-troyan@example.org");
            centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mark as delivered")).click();
            assertThat(chromium.seriousViolations(centre)).isEmpty();
            centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, it was handed over")).click();
            assertThat(centre.locator(".match-status")).hasText("delivered");
            assertThat(centre.getByRole(AriaRole.STATUS)).containsText("The handover is recorded.");
            assertThat(chromium.seriousViolations(centre)).isEmpty();
            assertThat(errors).as("console errors, such as CSP violations").isEmpty();
        }
    }

    @Test
    void aMemberPausesProposalsInSettingsAndStopsEmailFromTheLinkInAnEmail() {
        registerApproved("CENTRE", "Център Смолян", "centre-smolyan@example.org", "SML31");
        try (BrowserContext context = chromium.context(true)) {
            Page page = context.newPage();
            List<String> errors = Chromium.consoleErrors(page);
            signInInBrowser(page, "centre-smolyan@example.org");
            visit(page, "/settings?lang=en");
            page.getByLabel("One daily digest").check();
            page.getByLabel("Pause incoming proposals for now").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your settings are saved.");
            assertThat(page.getByLabel("One daily digest")).isChecked();
            assertThat(page.getByLabel("Pause incoming proposals for now")).isChecked();
            assertThat(chromium.seriousViolations(page)).isEmpty();
            assertThat(errors).as("console errors, such as CSP violations").isEmpty();
        }

        requestLink(browser(), "centre-smolyan@example.org");
        String text = Inbox.text(inbox.await("centre-smolyan@example.org", SIGN_IN_SUBJECT));
        java.util.regex.Matcher preferences = java.util.regex.Pattern.compile("https?://\\S+(/e/\\S+)").matcher(text);
        assertThat(preferences.find()).as("a preferences link in the sign-in e-mail: %s", text).isTrue();
        try (BrowserContext context = chromium.context(true)) {
            Page page = visit(context.newPage(), preferences.group(1) + "?lang=en");
            assertThat(page.getByLabel("One daily digest")).isChecked();
            page.getByLabel("No e-mail (I see matches in the application)").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved: you will get no e-mail about matches.");
            assertThat(chromium.seriousViolations(page)).isEmpty();
        }
    }

    /** The accept link of a proposal e-mail, as a path of this server. */
    private static String answerLink(jakarta.mail.internet.MimeMessage mail) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+(/m/\\S+\\.accepted\\.\\S+)")
            .matcher(Inbox.text(mail));
        if (!link.find()) {
            throw new AssertionError("no accept link in " + Inbox.text(mail));
        }
        return link.group(1) + "?lang=en";
    }

    @Test
    void theLanguageSwitchesOnEveryPageAndIsRemembered() {
        try (BrowserContext context = chromium.context(true)) {
            Page page = visit(context.newPage(), "/");
            assertThat(page.locator("h1")).hasText("InKind Match: свързваме дарения с нужди");
            assertThat(page.locator("html")).hasAttribute("lang", "bg");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("h1")).hasText("InKind Match: gifts meet needs");
            assertThat(chromium.seriousViolations(page)).isEmpty();

            visit(page, "/board");
            assertThat(page.locator("h1")).hasText("Open needs and offers");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Български")).click();
            assertThat(page.locator("h1")).hasText("Отворени нужди и предложения");
        }
    }

    @Test
    void theRegistrationFormWorksWithJavaScriptOff() {
        try (BrowserContext context = chromium.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/register?lang=en"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the registration")).click();

            assertThat(page.locator("#name-error")).hasText("Enter the name of the organisation.");
            assertThat(page.locator("#kind-error")).isVisible();

            field(page, "Crisis centre").check();
            field(page, "Name of the organisation").fill("Център без JavaScript");
            field(page, "Municipality").selectOption("RSE27");
            field(page, "Contact person").fill("Мария Иванова");
            field(page, "E-mail").fill("nojs-centre@example.org");
            field(page, "Phone").fill("082 000 000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the registration")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Registration received")))
                .isVisible();
        }
    }

    @Test
    void publicPagesPassTheAccessibilityCheckInBothLanguages() {
        try (BrowserContext context = chromium.context(true)) {
            Page page = context.newPage();
            for (String path : List.of("/", "/board", "/board?side=offers", "/register", "/sign-in", "/regions",
                    "/regions/RSE", "/impact", "/help", "/help/RSE", "/?lang=en", "/board", "/register", "/sign-in",
                    "/regions", "/impact", "/help", "/help/RSE")) {
                visit(page, path);
            }
        }
    }

    @Test
    void onAPhoneEveryPageFitsTheScreenAndTheQuickExitIsTheFirstTabStop() {
        registerApproved("CENTRE", "Център телефон с много дълго име, което не бива да избутва страницата встрани",
                "phone-centre@example.org", "RSE27");
        try (BrowserContext phone = chromium.context(320, 640);
                BrowserContext coordinatorPhone = chromium.context(320, 640)) {
            Page page = phone.newPage();
            for (String path : List.of("/", "/board", "/board?side=offers", "/register", "/sign-in", "/regions",
                    "/regions/RSE", "/help", "/help/RSE", "/?lang=en")) {
                visit(page, path);
                page.keyboard().press("Tab");
                assertThat(page.evaluate("() => document.activeElement.hasAttribute('data-quick-exit')"))
                    .as("first Tab stop on %s", path)
                    .isEqualTo(true);
                page.keyboard().press("Tab");
                assertThat(page.evaluate("() => document.activeElement.getAttribute('href')")).as("second Tab stop")
                    .isEqualTo("#content");
            }
            signInInBrowser(page, "phone-centre@example.org");
            for (String path : List.of("/my", "/needs", "/needs/new", "/offers/new", "/matches", "/history",
                    "/settings", "/services")) {
                visit(page, path);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/phone-need-form.png"))
                .setFullPage(true));

            Page coordinator = coordinatorPhone.newPage();
            signInInBrowser(coordinator, COORDINATOR);
            for (String path : List.of("/my", "/coordinator/organisations", "/coordinator/posts",
                    "/coordinator/matches", "/coordinator/team", "/coordinator/partners", "/coordinator/help")) {
                visit(coordinator, path);
            }
        }
    }

    /**
     * On a phone, a saved need whose round has not run yet says so, and the list updates
     * itself (htmx) once the round has proposed a match: here the need's family is held
     * by "another instance" until a company's offer arrives.
     */
    @Test
    void onAPhoneTheListSaysItIsLookingForMatchesAndUpdatesItselfWhenTheyAreFound() {
        registerApproved("CENTRE", "Център Добрич", "centre-looking@example.org", "DOB28");
        registerApproved("COMPANY", "Техника Добрич", "company-looking@example.org", "DOB28");
        String family = engine.taxonomy().familyCode(engine.taxonomy().require("equipment.furniture"));
        jdbc.sql(
                "update matching_family set claimed_by = 'another-instance', claimed_until = :until where family = :family")
            .param("until", Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))))
            .param("family", family)
            .update();
        try (BrowserContext phone = chromium.context(320, 640)) {
            Page page = phone.newPage();
            List<String> errors = Chromium.consoleErrors(page);
            signInInBrowser(page, "centre-looking@example.org");
            visit(page, "/needs/new");
            field(page, "Title").fill("Легла за спалните");
            field(page, "Category").selectOption("equipment.furniture");
            field(page, "Unit").selectOption("PCS");
            field(page, "Quantity").fill("4");
            field(page, "Municipality of the handover point").selectOption("DOB28");
            field(page, "Handover point").fill("Общината");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

            assertThat(page.locator("#looking")).containsText("Looking for matches");
            assertThat(page.locator("#looking a")).hasAttribute("href", "/needs");
            assertThat(Chromium.layoutProblems(page)).as("layout with the notice").isEmpty();
            assertThat(chromium.seriousViolations(page)).isEmpty();

            jdbc.sql("update matching_family set claimed_by = null, claimed_until = null where family = :family")
                .param("family", family)
                .update();
            var company = signIn("company-looking@example.org");
            company.get("/offers/new");
            company.post("/offers",
                    new HashMap<>(Map.of("title", "Легла", "description", "", "category", "equipment.furniture", "unit",
                            "PCS", "quantity", "4", "availableFrom", LocalDate.now().toString(), "availableUntil",
                            LocalDate.now().plusDays(30).toString(), "reach", "MUNICIPALITY", "conditions", "")));

            assertThat(page.locator("#looking")).hasCount(0,
                    new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            assertThat(page.locator("table")).containsText("Легла за спалните");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My needs"))).isVisible();
            assertThat(errors).as("console errors, such as CSP violations").isEmpty();
        }
    }

    /**
     * The neutral page the quick exit leaves for, served here instead of the real one.
     */
    private static void neutralPage(BrowserContext context) {
        context.route("https://www.sinoptik.bg/**",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html")
                    .setBody("<html lang=\"bg\"><title>Времето</title><h1>Времето</h1></html>")));
    }

    private static void pressShiftThreeTimes(Page page) {
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Shift");
        }
    }

    @Test
    void theQuickExitLeavesAtOnceAndBackDoesNotReturn() {
        try (BrowserContext context = chromium.context(true)) {
            neutralPage(context);
            Page page = context.newPage();
            visit(page, "/board");
            visit(page, "/sign-in");
            pressShiftThreeTimes(page);
            page.waitForURL("https://www.sinoptik.bg/**");
            page.goBack();
            assertThat(page.url()).as("Back leads past the page that was open").endsWith("/board");

            visit(page, "/register");
            page.locator("[data-quick-exit]").click();
            page.waitForURL("https://www.sinoptik.bg/**");
            page.goBack();
            assertThat(page.url()).endsWith("/board");
        }
    }

    @Test
    void onAPhoneNoHelpPageIsBehindTheQuickExit() {
        try (BrowserContext phone = chromium.context(360, 740)) {
            neutralPage(phone);
            Page page = phone.newPage();
            visit(page, "/?lang=en");
            visit(page, "/help");
            assertThat(page.title()).as("a neutral title in the history list").isEqualTo("InKind Match");
            assertThat(page.locator("h1")).hasText("Help");
            assertThat(page.locator("main")).containsText("private window");
            visit(page, "/help/RSE");
            assertThat(page.title()).isEqualTo("InKind Match");
            visit(page, "/help/VAR");
            assertThat(page.locator("[data-quick-exit]")).isInViewport();
            page.locator("[data-quick-exit]").click();
            page.waitForURL("https://www.sinoptik.bg/**");

            for (int back = 0; back < 3; back++) {
                page.goBack();
                page.waitForLoadState();
                assertThat(page.url()).as("entry %d behind the exit", back + 1).doesNotContain("/help");
                assertThat(page.locator("body")).not().containsText("Help in");
                assertThat(page.title()).doesNotContain("Help", "Помощ");
            }
        }
    }

    @Test
    void escapeNeverDiscardsAFormBeingTyped() {
        registerApproved("COMPANY", "Фирма Escape", "escape-company@example.org");
        try (BrowserContext phone = chromium.context(360, 740)) {
            Page page = phone.newPage();
            signInInBrowser(page, "escape-company@example.org");
            visit(page, "/offers/new?lang=en");
            field(page, "Title").fill("Пакети, които пиша");
            page.keyboard().press("Escape");
            page.keyboard().press("Escape");

            assertThat(page.url()).contains("/offers/new");
            assertThat(field(page, "Title")).hasValue("Пакети, които пиша");
        }
    }

    @Test
    void theImpactPagesAndTheDonationPapersWorkOnAPhone() throws java.io.IOException {
        SeededYear.RUSE_2025.writeInto(jdbc);
        long legalAdvice = jdbc
            .sql("select m.id from match_proposal m join need n on n.id = m.need_id"
                    + " where n.title = 'Правна консултация'")
            .query(Long.class)
            .single();
        try (BrowserContext publicPhone = chromium.context(320, 640);
                BrowserContext coordinatorPhone = chromium.context(320, 640);
                BrowserContext companyPhone = chromium.context(320, 640)) {
            Page reader = publicPhone.newPage();
            for (String path : List.of("/impact", "/impact/RSE?year=2025", "/impact/RSE?year=2025&lang=en")) {
                visit(reader, path);
            }
            assertThat(reader.locator("#table-summary")).isVisible();

            Page coordinator = coordinatorPhone.newPage();
            signInInBrowser(coordinator, COORDINATOR);
            visit(coordinator, "/coordinator/impact?lang=bg");
            field(coordinator, "От").fill("2025-01-01");
            field(coordinator, "До").fill("2025-12-31");
            coordinator.getByLabel("Област").selectOption("RSE");
            coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Покажи")).click();
            assertThat(coordinator.locator("#table-categories")).isVisible();
            assertThat(Chromium.layoutProblems(coordinator)).isEmpty();
            assertThat(chromium.seriousViolations(coordinator)).isEmpty();
            coordinator
                .screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/phone-impact.png"))
                    .setFullPage(true));
            coordinator.locator("[aria-labelledby=impact-categories] img")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/phone-impact-chart.png")));
            com.microsoft.playwright.Download csv = coordinator.waitForDownload(
                    () -> coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изтегли CSV"))
                        .click());
            assertThat(csv.suggestedFilename()).isEqualTo("impact-RSE-2025-01-01-2025-12-31.csv");
            assertThat(java.nio.file.Files.readString(csv.path())).contains("Правни консултации");
            com.microsoft.playwright.Download xlsx = coordinator.waitForDownload(
                    () -> coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изтегли XLSX"))
                        .click());
            assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");

            visit(coordinator, "/coordinator/matches/" + legalAdvice);
            com.microsoft.playwright.Download certificate = coordinator.waitForDownload(() -> coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Удостоверение за дарение (PDF)"))
                .click());
            assertThat(certificate.suggestedFilename()).isEqualTo("donation-certificate-" + legalAdvice + ".pdf");

            Page company = companyPhone.newPage();
            signInInBrowser(company, SeededYear.RUSE_2025.companies().get(0).email());
            visit(company, "/matches/" + legalAdvice);
            com.microsoft.playwright.Download protocol = company.waitForDownload(() -> company
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handover protocol (PDF, in Bulgarian)"))
                .click());
            assertThat(protocol.suggestedFilename()).isEqualTo("handover-protocol-" + legalAdvice + ".pdf");
            visit(company, "/history");
            company.getByLabel("Year").selectOption("2025");
            com.microsoft.playwright.Download statement = company.waitForDownload(() -> company
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annual statement (PDF)"))
                .click());
            assertThat(statement.suggestedFilename()).isEqualTo("statement-2025.pdf");
        }
    }

    @Test
    void aWorkplaceTrainingsSessionsAreScheduledAndRatedOnAPhoneInBothLanguages() {
        AgreedTraining agreed = agreedTraining("browser", "RSE05");
        long matchId = agreed.matchId();
        String sessions = "/matches/" + matchId + "/sessions";
        try (BrowserContext centrePhone = chromium.context(320, 640);
                BrowserContext companyPhone = chromium.context(320, 640)) {
            Page centre = centrePhone.newPage();
            signInInBrowser(centre, agreed.centreEmail());
            visit(centre, "/matches/" + matchId + "?lang=bg");
            centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сесии на обучението")).click();
            field(centre, "Ден").fill(LocalDate.now().plusDays(9).toString());
            field(centre, "Начален час").fill("10:00");
            field(centre, "Място или връзка за онлайн участие").fill("Залата на камарата");
            centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Насрочи и изпрати поканата"))
                .click();
            assertThat(centre.getByText("Сесията е насрочена и поканата е изпратена.")).isVisible();
            assertThat(chromium.seriousViolations(centre)).isEmpty();
            assertThat(Chromium.layoutProblems(centre)).isEmpty();
            long session = jdbc.sql("select id from training_session where match_id = :id")
                .param("id", matchId)
                .query(Long.class)
                .single();
            visit(centre, sessions + "/" + session + "/edit");

            jdbc.sql("update training_session set starts_at = starts_at - interval '30' day,"
                    + " ends_at = ends_at - interval '30' day, attended = 18 where id = :id")
                .param("id", session)
                .update();
            Page company = companyPhone.newPage();
            signInInBrowser(company, agreed.companyEmail());
            visit(company, sessions + "?lang=en");
            company.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate the session")).click();
            assertThat(chromium.seriousViolations(company)).isEmpty();
            company.getByLabel("5 - excellent").check();
            field(company, "Comment (optional)").fill("Very useful for the team.");
            company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(company.getByText("Thank you for the rating.")).isVisible();
            assertThat(Chromium.layoutProblems(company)).isEmpty();
        }
    }

}
