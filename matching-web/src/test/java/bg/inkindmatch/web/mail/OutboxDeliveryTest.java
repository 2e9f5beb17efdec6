package bg.inkindmatch.web.mail;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.support.Browser;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the SMTP server down, changes still succeed; when it is back, every e-mail arrives
 * once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.mail.host=localhost", "spring.mail.port=${test.smtp.outbox:3126}" })
class OutboxDeliveryTest {

    private static final int SMTP_PORT = Integer.getInteger("test.smtp.outbox", 3126);

    @LocalServerPort
    private int port;

    @Autowired
    private OutboxRepository outbox;

    @Autowired
    private JdbcClient jdbc;

    private List<OutboxMessage> to(String recipient) {
        return outbox.findByRecipientOrderByIdAsc(recipient);
    }

    @Test
    void mailWaitsWhileTheServerIsDownAndIsDeliveredOnceWhenItIsBack() throws Exception {
        Browser browser = new Browser(port);
        browser.get("/register?lang=en");
        HttpResponse<String> registered = browser.post("/register",
                Map.of("kind", "CENTRE", "name", "Център при срив", "municipality", "RSE27", "description", "",
                        "contactPerson", "Мария", "email", "down@example.org", "phone", "082 000 000", "language",
                        "en"));

        assertThat(registered.body()).contains("Registration received");
        await().atMost(Duration.ofSeconds(20))
            .until(() -> to("down@example.org").stream().anyMatch(m -> m.attempts() > 0));
        OutboxMessage waiting = to("down@example.org").get(0);
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(Instant.now());

        GreenMail smtp = serverComesUp();
        try {
            await().atMost(Duration.ofSeconds(20))
                .until(() -> to("down@example.org").stream().allMatch(m -> m.status() == OutboxStatus.SENT));
            // and it stays one: no later run of the job sends it again
            await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receivedBy(smtp, "down@example.org").size() == 1);

            List<MimeMessage> received = receivedBy(smtp, "down@example.org");
            assertThat(received.get(0).getMessageID()).isEqualTo(to("down@example.org").get(0).messageId());
        }
        finally {
            smtp.stop();
        }
    }

    @Test
    void postsAndAnswersSucceedWhileTheServerIsDownAndEveryMailArrivesOnceWhenItIsBack() {
        approved(OrganisationKind.CENTRE, "Център при срив 2", "down-centre@example.org");
        approved(OrganisationKind.COMPANY, "Фирма при срив", "down-company@example.org");
        Browser centre = signedIn("down-centre@example.org");
        centre.get("/needs/new");
        HttpResponse<String> posted = centre.post("/needs",
                new java.util.HashMap<>(Map.of("title", "Одеяла", "description", "", "category", "consumables.clothing",
                        "unit", "PCS", "quantity", "6", "neededBy", java.time.LocalDate.now().plusDays(20).toString(),
                        "urgency", "HIGH", "handover", "SLS01", "handoverPoint", "Общината")));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("Одеяла");
        Browser company = signedIn("down-company@example.org");
        company.get("/offers/new");
        company.post("/offers",
                new java.util.HashMap<>(Map.of("title", "Одеяла и завивки", "description", "", "category",
                        "consumables.clothing", "unit", "PCS", "quantity", "6", "availableFrom",
                        java.time.LocalDate.now().toString(), "availableUntil",
                        java.time.LocalDate.now().plusDays(30).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        // the round runs off the request: its proposal e-mail is written moments later
        await().atMost(Duration.ofSeconds(20)).until(() -> latestBody("down-centre@example.org").contains("/m/"));
        String accept = link(latestBody("down-centre@example.org"), "/m/", ".accepted.");
        Browser anonymous = new Browser(port);
        anonymous.get(accept + "?lang=en");
        assertThat(anonymous.post(accept, Map.of()).body()).contains("waiting for the other side");
        assertThat(to("down-centre@example.org")).allMatch(m -> m.status() == OutboxStatus.PENDING);

        GreenMail smtp = serverComesUp();
        try {
            for (String member : List.of("down-centre@example.org", "down-company@example.org")) {
                await().atMost(Duration.ofSeconds(20))
                    .until(() -> to(member).stream().allMatch(m -> m.status() == OutboxStatus.SENT));
                await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> receivedBy(smtp, member).size() == to(member).size());
                assertThat(receivedBy(smtp, member).stream().map(OutboxDeliveryTest::messageId).distinct())
                    .hasSize(to(member).size());
            }
            assertThat(receivedBy(smtp, "down-centre@example.org").stream().map(OutboxDeliveryTest::subject))
                .anyMatch(subject -> subject.startsWith("Proposed match"));
        }
        finally {
            smtp.stop();
        }
    }

    @Autowired
    private bg.inkindmatch.web.organisation.OrganisationService organisations;

    @Autowired
    private bg.inkindmatch.web.organisation.OrganisationRepository organisationRepository;

    private void approved(OrganisationKind kind, String name, String email) {
        organisations.register(new bg.inkindmatch.web.organisation.RegistrationForm(kind, name, "SLS01", "", "Мария",
                email, "082 000 000", "en", ""));
        organisations.decide(organisationRepository.findByEmail(email).orElseThrow().id(),
                bg.inkindmatch.web.organisation.OrganisationStatus.APPROVED, "coordinator@inkind-match.example");
    }

    /**
     * Signs in with the link of the sign-in e-mail, read from the outbox since no server
     * takes it.
     */
    private Browser signedIn(String email) {
        Browser browser = new Browser(port);
        browser.get("/sign-in");
        int before = to(email).size();
        browser.post("/sign-in/link", Map.of("username", email));
        // the link is written just after the answer (its timing must not tell who is
        // registered)
        await().atMost(Duration.ofSeconds(10)).until(() -> to(email).size() > before);
        String link = link(latestBody(email), "/sign-in/confirm", "token=");
        browser.get(link);
        browser.post("/sign-in/token", Map.of("token", link.substring(link.indexOf("token=") + "token=".length())));
        return browser;
    }

    private String latestBody(String recipient) {
        List<OutboxMessage> messages = to(recipient);
        return messages.get(messages.size() - 1).textBody();
    }

    /**
     * The path of the first link in the text that goes to the path and contains the
     * marker.
     */
    private static String link(String text, String path, String marker) {
        return Arrays.stream(text.split("\\s+"))
            .filter(word -> word.startsWith("http") && word.contains(path) && word.contains(marker))
            .map(word -> word.substring(word.indexOf(path)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + path + " link in " + text));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> receivedBy(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(recipient)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SMTP server starts, and what waits in the outbox is due now. */
    private GreenMail serverComesUp() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        jdbc.sql("update mail_outbox set next_attempt_at = :now where status = 'PENDING'")
            .param("now", Timestamp.from(Instant.now()))
            .update();
        return smtp;
    }

}
