package bg.inkindmatch.web.mail;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With the SMTP server down, changes still succeed; when it is back, every e-mail arrives once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=3126"})
class OutboxDeliveryTest {

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
        HttpResponse<String> registered = browser.post("/register", Map.of("kind", "CENTRE", "name", "Център при срив",
                "municipality", "RSE27", "description", "", "contactPerson", "Мария", "email", "down@example.org",
                "phone", "082 000 000", "language", "en"));

        assertThat(registered.body()).contains("Registration received");
        await().atMost(Duration.ofSeconds(20)).until(() -> to("down@example.org").stream().anyMatch(m -> m.attempts() > 0));
        OutboxMessage waiting = to("down@example.org").get(0);
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(Instant.now());

        GreenMail smtp = new GreenMail(new ServerSetup(3126, null, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            jdbc.sql("update mail_outbox set next_attempt_at = :now where status = 'PENDING'")
                    .param("now", java.sql.Timestamp.from(Instant.now())).update();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> to("down@example.org").stream().allMatch(m -> m.status() == OutboxStatus.SENT));
            // and it stays one: no later run of the job sends it again
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> receivedBy(smtp, "down@example.org").size() == 1);

            List<MimeMessage> received = receivedBy(smtp, "down@example.org");
            assertThat(received.get(0).getMessageID()).isEqualTo(to("down@example.org").get(0).messageId());
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> receivedBy(GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(recipient)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
