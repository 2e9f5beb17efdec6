package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RegistrationFlowTest extends WebFlowTest {

    @Test
    void aCentreRegistersIsApprovedByACoordinatorAndSignsInWithTheLinkFromItsEmail() {
        HttpResponse<String> registered = register(browser(), "CENTRE", "Център Динамика", "dinamika@example.org",
                "Кризисен център в Русе");

        assertThat(registered.body()).contains("Registration received");
        assertThat(inbox.await("dinamika@example.org", "Registration received")).isNotNull();
        String html = jdbc.sql("select html_body from mail_outbox where recipient = :to")
            .param("to", "dinamika@example.org")
            .query(String.class)
            .list()
            .get(0);
        org.jsoup.nodes.Document mail = org.jsoup.Jsoup.parse(html);
        assertThat(mail.select("html").attr("lang")).isEqualTo("en");
        assertThat(mail.title()).contains("Registration received");
        Browser coordinator = signIn(COORDINATOR);
        assertThat(coordinator.get("/coordinator/organisations").body())
            .as("an unconfirmed registration is not shown to coordinators")
            .doesNotContain("Център Динамика");

        confirmRegistration("dinamika@example.org");
        MimeMessage toCoordinator = inbox.await(COORDINATOR, "Нова организация чака одобрение");
        assertThat(Inbox.firstLink(toCoordinator)).endsWith("/coordinator/organisations");
        assertThat(Inbox.subject(toCoordinator) + Inbox.text(toCoordinator))
            .as("nothing an unverified registrant wrote")
            .doesNotContain("Център Динамика");

        String pending = coordinator.get("/coordinator/organisations").body();
        assertThat(pending).contains("Център Динамика");
        long id = organisations.findByEmail("dinamika@example.org").orElseThrow().id();
        org.jsoup.nodes.Element application = org.jsoup.Jsoup.parse(pending).selectFirst("#organisation-" + id);
        assertThat(application.select("dd").eachText()).contains("Мария Иванова", "+359 82 000 000",
                "Кризисен център в Русе");
        assertThat(application.select("a[href^=mailto:]").text()).isEqualTo("dinamika@example.org");
        coordinator.post("/coordinator/organisations/" + id + "/approve", Map.of());

        assertThat(organisations.findById(id).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
        MimeMessage approved = inbox.await("dinamika@example.org", "Your organisation is approved");
        assertThat(Inbox.text(approved)).contains("Център Динамика");

        Browser centre = signIn("dinamika@example.org");
        assertThat(centre.get("/?lang=en").body()).contains("action=\"/sign-out\"", "Sign out");
    }

    @Test
    void aPendingOrganisationCannotSignIn() {
        register(browser(), "COMPANY", "Печатница Русе", "print@example.org", "");

        HttpResponse<String> answer = requestLink(browser(), "print@example.org");

        assertThat(answer.uri().getPath()).isEqualTo("/sign-in/sent");
        inbox.await("print@example.org", "Registration received");
        assertThat(inbox.to("print@example.org")).extracting(Inbox::subject)
            .doesNotContain("Sign in to InKind Match", "Вход в InKind Match");
    }

    @Test
    void aDescriptionWithAPersonalNumberIsRefusedWithAMessageNextToTheField() {
        HttpResponse<String> answer = register(browser(), "CENTRE", "Център с ЕГН", "egn@example.org",
                "Клиентка с ЕГН 7501020018 има нужда");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"description-error\"")
            .contains("personal number (EGN)")
            .contains("Клиентка с ЕГН 7501020018");
        assertThat(organisations.findByEmail("egn@example.org")).isEmpty();
    }

    private HttpResponse<String> registerWithEik(String email, String eik) {
        Browser browser = browser();
        browser.get("/register?lang=en");
        return browser.post("/register",
                Map.of("kind", "COMPANY", "name", "Фирма с ЕИК " + eik, "municipality", "RSE27", "description", "",
                        "contactPerson", "Мария Иванова", "email", email, "phone", "+359 82 000 000", "language", "en",
                        "eik", eik));
    }

    @Test
    void aWrongEikIsRefusedNextToTheFieldAndARightOneIsKept() {
        HttpResponse<String> wrong = registerWithEik("wrong-eik@example.org", "831641792");
        HttpResponse<String> right = registerWithEik("right-eik@example.org", " 831641791 ");

        assertThat(Jsoup.parse(wrong.body()).select("#eik-error").text())
            .isEqualTo("This is not a valid EIK: 9 or 13 digits with the right check digit.");
        assertThat(organisations.findByEmail("wrong-eik@example.org")).isEmpty();
        assertThat(right.uri().getPath()).isNotEqualTo("/register");
        assertThat(organisations.findByEmail("right-eik@example.org").orElseThrow().eik()).isEqualTo("831641791");
    }

    @Test
    void missingFieldsAreNamedNextToEachField() {
        Browser browser = browser();
        browser.get("/register?lang=en");

        HttpResponse<String> answer = browser.post("/register", Map.of("name", "", "municipality", "XXX99", "email",
                "not-an-address", "phone", "call me", "contactPerson", ""));

        assertThat(answer.body()).contains("id=\"kind-error\"", "Choose the kind of your organisation.")
            .contains("id=\"name-error\"", "Enter the name of the organisation.")
            .contains("id=\"email-error\"", "This is not a valid e-mail address.")
            .contains("id=\"phone-error\"", "This is not a valid phone number.")
            .contains("id=\"contactPerson-error\"");
    }

    @Test
    void anUnknownMunicipalityIsRefused() {
        Browser browser = browser();
        browser.get("/register?lang=en");

        HttpResponse<String> answer = browser.post("/register",
                Map.of("kind", "CENTRE", "name", "Център", "municipality", "XXX99", "email", "nowhere@example.org",
                        "phone", "082 000 000", "contactPerson", "Мария", "language", "en"));

        assertThat(answer.body()).contains("id=\"municipality-error\"", "There is no such municipality.");
        assertThat(organisations.findByEmail("nowhere@example.org")).isEmpty();
    }

    @Test
    void registeringAnAddressTwiceRevealsNothingAndTellsTheOwner() {
        register(browser(), "COMPANY", "Фирма Едно", "twice@example.org", "");
        inbox.await("twice@example.org", "Registration received");

        HttpResponse<String> second = register(browser(), "COMPANY", "Фирма Две", "TWICE@example.org", "");

        assertThat(second.body()).contains("Registration received");
        assertThat(inbox.await("twice@example.org", "already registered")).isNotNull();
        assertThat(organisations.findByEmail("twice@example.org").orElseThrow().name()).isEqualTo("Фирма Едно");
    }

    /** How many registrations the coordinator's digests announced together. */
    private static int announced(java.util.List<MimeMessage> digests) {
        return digests.stream()
            .map(Inbox::text)
            .map(text -> java.util.regex.Pattern.compile("одобрение: (\\d+)\\.").matcher(text))
            .filter(java.util.regex.Matcher::find)
            .mapToInt(found -> Integer.parseInt(found.group(1)))
            .sum();
    }

    @Test
    void registrationsInBulkReachTheCoordinatorAsOneDigestOnlyOnceConfirmed() {
        clearInbox();
        for (int i = 0; i < 12; i++) {
            register(Browser.behindProxy(port, "203.0.113." + (100 + i), "http"), "COMPANY", "Масова " + i,
                    "bulk-" + i + "@example.org", "");
        }
        for (int i = 0; i < 12; i++) {
            inbox.await("bulk-" + i + "@example.org", "Registration received");
        }
        confirmRegistration("bulk-0@example.org");
        confirmRegistration("bulk-1@example.org");

        // one digest an interval (a second here): the two confirmed ones, in one or two
        // e-mails, never one for each of the twelve
        await().atMost(Duration.ofSeconds(20)).until(() -> announced(inbox.to(COORDINATOR)) == 2);
        assertThat(inbox.to(COORDINATOR)).hasSizeBetween(1, 2);
        System.out.printf("12 registrations, 2 confirmed: %d e-mail(s) to the coordinator%n",
                inbox.to(COORDINATOR).size());
        assertThat(signIn(COORDINATOR).get("/coordinator/organisations").body()).contains("Масова 0", "Масова 1")
            .doesNotContain("Масова 2<");
    }

    @Test
    void aChangedConfirmationLinkConfirmsNothing() {
        register(browser(), "CENTRE", "Център с променена връзка", "changed-link@example.org", "");
        String link = Inbox.firstLink(inbox.await("changed-link@example.org", "Registration received"));
        Browser anyone = browser();
        assertThat(anyone.get(link + "x?lang=en").body()).contains("The link cannot be used");
        assertThat(count("select count(*) from organisation where email = :value and email_confirmed_at is not null",
                "changed-link@example.org"))
            .isZero();
    }

}
