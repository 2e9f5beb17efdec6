package bg.inkindmatch.web.system;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a hostile or careless user tried against the running application, each with the
 * request that did harm before: every one now gets a clear answer and changes nothing it
 * should not.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "inkind.sign-in.limit-per-address=5",
        "inkind.sign-in.limit-per-client=100", "inkind.sign-in.links-per-address=3",
        "inkind.registration.limit-per-address=3", "inkind.registration.limit-per-client=50" })
class HostileInputTest extends WebFlowTest {

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Every helper's browser is a client of its own, as real members are, so the limits
     * here are the real ones.
     */
    @Override
    protected Browser browser() {
        return Browser.behindProxy(port, "192.0.2." + (1 + CLIENTS.getAndIncrement() % 250), "http");
    }

    private static Map<String, String> offer(String title, String category, String from, String until) {
        Map<String, String> fields = new HashMap<>();
        fields.putAll(Map.of("title", title, "description", "", "category", category, "unit", "PACK", "quantity", "10",
                "availableFrom", from, "availableUntil", until, "reach", "COUNTRY", "conditions", ""));
        return fields;
    }

    private static Map<String, String> need(String title, String category, String description) {
        Map<String, String> fields = new HashMap<>();
        fields.putAll(Map.of("title", title, "description", description, "category", category, "unit", "PACK",
                "quantity", "4", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency", "HIGH", "handover",
                "RSE27", "handoverPoint", "Търговската камара"));
        return fields;
    }

    @Test
    void aHugeTextIsRefusedAsTooLongAtOnce() {
        Browser anonymous = Browser.behindProxy(port, "198.51.100.1", "http");
        anonymous.get("/register?lang=en");
        long start = System.nanoTime();
        HttpResponse<String> page = anonymous.post("/register",
                Map.of("kind", "COMPANY", "name", "Фирма", "municipality", "RSE27", "description", "a".repeat(40_000),
                        "contactPerson", "Иван", "email", "huge@example.org", "phone", "+359 82 000 000", "language",
                        "en"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("took 18 s before")
            .isLessThan(Duration.ofSeconds(3));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The text is too long.");

        Browser centre = signedIn("CENTRE", "Център дълъг текст", "long-text@example.org");
        centre.get("/needs/new?lang=en");
        start = System.nanoTime();
        HttpResponse<String> form = centre.post("/needs", need("Дълъг", "consumables.food", "б".repeat(100_000)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("took 120 s before")
            .isLessThan(Duration.ofSeconds(3));
        assertThat(form.body()).contains("The text is too long.");
        assertThat(needs.findAll()).noneMatch(n -> n.title().equals("Дълъг"));
    }

    @Test
    void datesOutsideTheWindowAreRefusedNextToTheFieldAndMatchingGoesOn() {
        Browser company = signedIn("COMPANY", "Фирма с дати", "dates-company@example.org");
        String today = LocalDate.now().toString();
        for (String date : List.of("-99999-01-01", "+999999999-12-31", "0000-01-01",
                LocalDate.now().minusYears(2).toString())) {
            company.get("/offers/new?lang=en");
            HttpResponse<String> form = company.post("/offers",
                    offer("Дати " + date, "consumables.cleaning", date, today));
            assertThat(form.body()).as(date)
                .containsAnyOf("Choose a date from one year back to three years ahead.", "This is not a valid value.");
        }
        company.get("/offers/new?lang=en");
        HttpResponse<String> far = company.post("/offers",
                offer("Далеч", "consumables.cleaning", today, LocalDate.now().plusYears(4).toString()));
        assertThat(far.body()).contains("Choose a date from one year back to three years ahead.");
        assertThat(offers.findAll()).noneMatch(o -> o.title().startsWith("Дати") || o.title().equals("Далеч"));
    }

    @Test
    void aStoredRowThatCannotBeReadIsLeftOutListedForTheCoordinatorAndCanBeWithdrawn() {
        Browser company = signedIn("COMPANY", "Фирма стар ред", "old-row@example.org");
        long organisation = jdbc.sql("select id from organisation where email = 'old-row@example.org'")
            .query(Long.class)
            .single();
        // a row as the old version stored it: available from the year -99999 (read back
        // as +99998)
        jdbc.sql(
                """
                        insert into offer (organisation_id, title, description, category, unit, total, remaining, available_from,
                            available_until, origin, reach, conditions, status, created_at, updated_at)
                        values (:org, 'Стар ред', '', 'consumables.children', 'PACK', 10, 10, date '1900-01-01', date '2999-12-31',
                            'RSE27', 'COUNTRY', '', 'OPEN', current_timestamp, current_timestamp)""")
            .param("org", organisation)
            .update();
        long bad = jdbc.sql("select id from offer where title = 'Стар ред'").query(Long.class).single();

        company.get("/offers/new?lang=en");
        company.post("/offers", offer("Пелени за бебета", "consumables.children", LocalDate.now().toString(),
                LocalDate.now().plusDays(30).toString()));
        Browser centre = signedIn("CENTRE", "Център пелени", "nappies-centre@example.org");
        centre.get("/needs/new?lang=en");
        centre.post("/needs", need("Пелени", "consumables.children", ""));

        long good = offerTitled("Пелени за бебета");
        await().atMost(Duration.ofSeconds(10))
            .until(() -> matches.findAll().stream().anyMatch(m -> m.offerId() == good));
        assertThat(matches.findAll()).noneMatch(m -> m.offerId() == bad);

        Browser coordinator = signIn(COORDINATOR);
        assertThat(coordinator.get("/coordinator/posts?lang=en").body()).contains("Posts that need attention")
            .contains("attention-OFFER-" + bad);

        company.get("/offers?lang=en");
        HttpResponse<String> withdrawn = company.post("/offers/" + bad + "/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(offers.findById(bad).orElseThrow().status().name()).isEqualTo("WITHDRAWN");
        assertThat(coordinator.get("/coordinator/posts?lang=en").body()).doesNotContain("attention-OFFER-" + bad);
    }

    @Test
    void personalDataHiddenWithInvisibleCharactersIsRefusedAndNeverPublished() {
        Browser centre = signedIn("CENTRE", "Център ЕГН", "egn-centre@example.org");
        for (String description : List.of("ЕГН 7501\u200B020018", "тел 0888\u00A0123\u00A0456",
                "maria (at) abv (dot) bg", "ЕГН ７５０１０２００１８")) {
            centre.get("/needs/new?lang=en");
            HttpResponse<String> form = centre.post("/needs",
                    need("Скрито " + description.length(), "consumables.food", description));
            assertThat(form.body()).as(description).containsAnyOf("personal number", "phone number", "e-mail address");
        }
        centre.get("/needs/new?lang=en");
        HttpResponse<String> title = centre.post("/needs", need("Обадете се на 0888 123 456", "consumables.food", ""));
        assertThat(title.body()).contains("phone number");
        assertThat(browser().get("/api/v1/needs?size=100").body()).doesNotContain("Скрито").doesNotContain("0888");
    }

    @Test
    void aTitleWithALineBreakIsRefused() {
        Browser company = signedIn("COMPANY", "Фирма нов ред", "newline@example.org");
        company.get("/offers/new?lang=en");
        HttpResponse<String> form = company.post("/offers", offer("=HYPERLINK(\"http://x\"\n,\"a\")",
                "consumables.cleaning", LocalDate.now().toString(), LocalDate.now().plusDays(30).toString()));
        assertThat(form.body()).contains("The text must fit on one line.");
        assertThat(offers.findAll()).noneMatch(o -> o.title().startsWith("=HYPERLINK"));
    }

    @Test
    void aLineOrParagraphSeparatorIsALineBreakInATitle() {
        Browser company = signedIn("COMPANY", "Фирма разделител", "separator@example.org");
        for (String separator : List.of("\u2028", "\u2029", "\u0085", "\u000B", "\u000C")) {
            company.get("/offers/new?lang=en");
            HttpResponse<String> form = company.post("/offers", offer("Разделител" + separator + "ред",
                    "consumables.cleaning", LocalDate.now().toString(), LocalDate.now().plusDays(30).toString()));
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).as("U+%04X", (int) separator.charAt(0))
                .containsAnyOf("The text must fit on one line.", "characters that are not allowed");
        }
        assertThat(offers.findAll()).noneMatch(o -> o.title().startsWith("Разделител"));
    }

    @Test
    void aMalformedLanguageOrSessionCookieIsIgnored() {
        for (String cookie : List.of("inkind-lang=%%%", "inkind-lang=\"<script>\"", "SESSION=%%%",
                "SESSION=\"<script>\"", "SESSION=%%%; inkind-lang=%%%")) {
            Browser visitor = browser().withHeader("Cookie", cookie);
            for (String page : List.of("/", "/board", "/help", "/sign-in", "/api/v1/needs")) {
                HttpResponse<String> answer = visitor.get(page);
                assertThat(answer.statusCode()).as(cookie + " on " + page).isEqualTo(200);
            }
            assertThat(visitor.get("/sign-in").body()).as(cookie).contains("lang=\"bg\"");
            assertThat(requestLink(visitor, "nobody-cookie@example.org").statusCode()).as(cookie).isEqualTo(200);
        }
    }

    @Test
    void registrationIsLimitedPerClientAndCarriesNoTextOfTheRegistrant() {
        Browser attacker = Browser.behindProxy(port, "203.0.113.40", "http");
        String phishing = "Спечелихте! Влезте на http://evil.example/login";
        for (int i = 0; i < 3; i++) {
            assertThat(register(attacker, "COMPANY", phishing, "target@example.org", "").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> fourth = register(attacker, "COMPANY", phishing, "target@example.org", "");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Too many registrations");

        MimeMessage received = inbox.await("target@example.org", "Registration received");
        assertThat(Inbox.text(received)).doesNotContain("evil.example").doesNotContain("Спечелихте");
        confirmRegistration("target@example.org");
        MimeMessage toCoordinator = inbox.await(COORDINATOR, "одобрение");
        assertThat(Inbox.subject(toCoordinator) + Inbox.text(toCoordinator)).doesNotContain("evil.example");
    }

    @Test
    void theAlreadyRegisteredNoticeGoesAtMostOnceADay() {
        registerApproved("CENTRE", "Център вече", "already@example.org");
        for (int i = 0; i < 3; i++) {
            register(Browser.behindProxy(port, "203.0.113." + (50 + i), "http"), "CENTRE", "Друг " + i,
                    "already@example.org", "");
        }
        inbox.await("already@example.org", "already registered");
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(4))
            .until(() -> inbox.to("already@example.org").size() == 1);
    }

    @Test
    void nobodyCanLockAMemberOutOfSigningIn() {
        registerApproved("CENTRE", "Център жертва", "victim@example.org");
        Browser attacker = Browser.behindProxy(port, "203.0.113.66", "http");
        for (int i = 0; i < 5; i++) {
            assertThat(requestLink(attacker, "victim@example.org").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = requestLink(attacker, "victim@example.org");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).contains("900");
        assertThat(sixth.body()).contains("Твърде много заявки");
        await().until(() -> inbox.to("victim@example.org").size() >= 3);
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(4))
            .until(() -> inbox.to("victim@example.org").size() == 3);
        List<MimeMessage> flood = inbox.to("victim@example.org");

        // her own request from her own device: the same answer, nothing more in her
        // mailbox, and the last link she got works
        Browser victim = Browser.behindProxy(port, "198.51.100.7", "http");
        assertThat(requestLink(victim, "victim@example.org").statusCode()).isEqualTo(200);
        signInWith(victim, Inbox.firstLink(flood.get(flood.size() - 1)));
        assertThat(victim.get("/needs").statusCode()).isEqualTo(200);
        assertThat(inbox.to("victim@example.org")).hasSize(3);
    }

    @Test
    void floodsFromManyClientsLockNobodyOutOfSigningInOrRegistering() {
        registerApproved("COMPANY", "Фирма след наводнение", "after-flood@example.org");
        clearInbox();
        // 1,002 sign-in requests for unknown addresses from 52 clients
        for (int i = 0; i < 1_002; i++) {
            requestLink(Browser.behindProxy(port, "203.0.114." + (i % 52), "http"), "unknown-" + i + "@example.org");
        }
        // 192 registrations from 21 clients
        for (int i = 0; i < 192; i++) {
            register(Browser.behindProxy(port, "203.0.115." + (i % 21), "http"), "COMPANY", "Наводнение " + i,
                    "flood-" + i + "@example.org", "");
        }

        Browser member = Browser.behindProxy(port, "198.51.100.77", "http");
        assertThat(requestLink(member, "after-flood@example.org").statusCode()).isEqualTo(200);
        signInWith(member, Inbox.firstLink(inbox.await("after-flood@example.org", SIGN_IN_SUBJECT)));
        assertThat(member.get("/offers").statusCode()).isEqualTo(200);
        assertThat(register(Browser.behindProxy(port, "198.51.100.78", "http"), "CENTRE", "Нов център след наводнение",
                "fresh-after-flood@example.org", "")
            .statusCode()).isEqualTo(200);
        inbox.await("fresh-after-flood@example.org", "Registration received");

        // every e-mail the flood caused has been sent (the sign-in look-ups run after the
        // answers; the digest runs every second here)
        await().atMost(Duration.ofSeconds(60))
            .until(() -> jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                .query(Integer.class)
                .single() == 0 && inbox.to("fresh-after-flood@example.org").size() == 1);
        long toUnknown = java.util.stream.IntStream.range(0, 1_002)
            .filter(i -> !inbox.to("unknown-" + i + "@example.org").isEmpty())
            .count();
        assertThat(toUnknown).as("nothing is sent to an unknown address").isZero();
        assertThat(inbox.to(COORDINATOR)).as("unconfirmed registrations reach no coordinator").isEmpty();
        System.out.printf(
                "flood: 1,002 sign-in requests from 52 clients sent %d e-mails; 192 registrations from 21 clients sent"
                        + " %d (one to each named address) and %d to the coordinator; a registered address gets at most"
                        + " %d sign-in e-mails an hour%n",
                toUnknown,
                java.util.stream.IntStream.range(0, 192)
                    .filter(i -> !inbox.to("flood-" + i + "@example.org").isEmpty())
                    .count(),
                inbox.to(COORDINATOR).size(), 3 * 4);
    }

    @Test
    void behindATlsProxyPagesSendHstsAndTheSessionCookieIsSecure() {
        Browser viaTls = Browser.behindProxy(port, "198.51.100.20", "https");
        HttpResponse<String> page = viaTls.get("/sign-in");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("Secure"));

        HttpResponse<String> plain = browser().get("/sign-in");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void valuesOfTheWrongTypeAreShownAsErrorsNextToTheirFieldsAndTheRestIsKept() {
        Browser company = signedIn("COMPANY", "Фирма грешни типове", "types@example.org");
        company.get("/offers/new?lang=en");
        Map<String, String> fields = offer("Запазено заглавие", "consumables.cleaning", "2026-02-30",
                LocalDate.now().toString());
        fields.put("quantity", "abc");
        HttpResponse<String> form = company.post("/offers", fields);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("This is not a valid value.").contains("value=\"Запазено заглавие\"");
        assertThat(offers.findAll()).noneMatch(o -> o.title().equals("Запазено заглавие"));

        Browser anonymous = browser();
        anonymous.get("/register?lang=en");
        HttpResponse<String> registration = anonymous.post("/register",
                Map.of("kind", "PIRATE", "name", "Кораб", "municipality", "RSE27", "contactPerson", "Иван", "email",
                        "pirate@example.org", "phone", "+359 82 000 000"));
        assertThat(registration.statusCode()).isEqualTo(200);
        assertThat(registration.body()).contains("value=\"Кораб\"");
    }

    @Test
    void aSignInRequestForSomethingThatIsNoAddressGetsTheSameAnswerAndNoToken() {
        Browser anonymous = browser();
        int tokens = jdbc.sql("select count(*) from one_time_tokens").query(Integer.class).single();
        for (String address : List.of("a".repeat(4_000) + "@example.org", "", "no address", "a@b@c")) {
            HttpResponse<String> answer = requestLink(anonymous, address);
            assertThat(answer.statusCode()).as(address).isEqualTo(200);
            assertThat(answer.uri().getPath()).isEqualTo("/sign-in/sent");
        }
        assertThat(jdbc.sql("select count(*) from one_time_tokens").query(Integer.class).single()).isEqualTo(tokens);
    }

}
