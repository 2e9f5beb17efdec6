package bg.inkindmatch.web.system;

import bg.inkindmatch.web.InKindMatchApplication;
import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.support.Browser;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL: every e-mail is sent once, every
 * expiry is processed once, and a member signed in on one instance is signed in on the
 * other.
 */
class TwoInstancesTest {

    private static final int SMTP_PORT = Integer.getInteger("test.smtp.instances", 3226);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
        .withPerMethodLifecycle(false);

    private static EmbeddedPostgres postgres;

    private static ConfigurableApplicationContext first;

    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        first = instance("first");
        second = instance("second");
    }

    private static ConfigurableApplicationContext instance(String name) {
        // command-line arguments: they outrank application.properties
        return new SpringApplicationBuilder(InKindMatchApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.mail.host=localhost", "--spring.mail.port=" + SMTP_PORT,
                "--db-scheduler.polling-interval=100ms", "--inkind.mail.send-every=100ms",
                "--inkind.matching.check-every=100ms", "--inkind.staleness.check-every=100ms", "--inkind.demo=false",
                "--spring.application.name=" + name);
    }

    @AfterAll
    static void stop() throws IOException {
        second.close();
        first.close();
        postgres.close();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void everyEmailIsSentOnceWhenBothInstancesRunTheOutboxJob() {
        Mailer mailer = first.getBean(Mailer.class);
        TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
        for (int i = 0; i < 40; i++) {
            int n = i;
            transaction.executeWithoutResult(status -> mailer.send("many-" + n + "@example.org", "en",
                    "registration-exists", Map.of("signInLink", "http://localhost/sign-in")));
        }
        JdbcClient jdbc = second.getBean(JdbcClient.class);

        await().atMost(Duration.ofSeconds(30))
            .until(() -> jdbc.sql("select count(*) from mail_outbox where recipient like 'many-%' and status = 'SENT'")
                .query(Integer.class)
                .single() == 40);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received("many-") == 40);
    }

    @Test
    void anExpiryIsProcessedOnceAndAMemberSignedInOnOneInstanceIsSignedInOnTheOther() {
        Browser onFirst = new Browser(port(first));
        onFirst.get("/sign-in");
        onFirst.post("/sign-in/link", Map.of("username", "coordinator@inkind-match.example"));
        await().atMost(Duration.ofSeconds(20)).until(() -> received("coordinator@") > 0);
        String link = Arrays.stream(MAIL.getReceivedMessages())
            .map(bg.inkindmatch.web.support.Inbox::text)
            .filter(t -> t.contains("/sign-in/confirm"))
            .map(t -> t.substring(t.indexOf("http"), t.indexOf('\n', t.indexOf("http"))).trim())
            .findFirst()
            .orElseThrow();
        onFirst.get(link);
        onFirst.post("/sign-in/token", Map.of("token", link.substring(link.indexOf("token=") + 6)));
        assertThat(onFirst.get("/coordinator/organisations").statusCode()).isEqualTo(200);
        Browser onSecond = onFirst.switchedTo(port(second));
        assertThat(onSecond.get("/coordinator/organisations").statusCode()).isEqualTo(200);
        assertThat(new Browser(port(second)).get("/coordinator/organisations").body()).contains("/sign-in");

        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long match = proposal(jdbc, "two");
        jdbc.sql("update match_proposal set expires_at = :past where id = :id")
            .param("past", Timestamp.from(Instant.now().minusSeconds(5)))
            .param("id", match)
            .update();

        await().atMost(Duration.ofSeconds(20))
            .until(() -> "EXPIRED".equals(jdbc.sql("select status from match_proposal where id = :id")
                .param("id", match)
                .query(String.class)
                .single()));
        await().during(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(5))
            .until(() -> jdbc.sql("select count(*) from match_event where match_id = :id and channel = 'EXPIRY_JOB'")
                .param("id", match)
                .query(Integer.class)
                .single() == 1);
        assertThat(
                jdbc.sql("select remaining from offer where id = (select offer_id from match_proposal where id = :id)")
                    .param("id", match)
                    .query(Integer.class)
                    .single())
            .isEqualTo(3);
    }

    @Test
    void aQuietPostIsAskedOnceWhetherItIsStillNeeded() {
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        long match = proposal(jdbc, "quiet");
        long need = jdbc.sql("select need_id from match_proposal where id = :id")
            .param("id", match)
            .query(Long.class)
            .single();
        jdbc.sql(
                "update match_proposal set status = 'DECLINED', proposed_at = :then, decided_at = :then where id = :id")
            .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(40))))
            .param("id", match)
            .update();
        jdbc.sql("update need set updated_at = :then where id = :id")
            .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(40))))
            .param("id", need)
            .update();

        await().atMost(Duration.ofSeconds(20)).until(() -> received("centre-quiet") == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> received("centre-quiet") == 1);
        assertThat(jdbc.sql("select count(*) from stale_check where side = 'NEED' and post_id = :id")
            .param("id", need)
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    private static long received(String prefix) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains(prefix);
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /**
     * A proposed match of 3 units whose units are reserved, written straight into the
     * database.
     */
    private static long proposal(JdbcClient jdbc, String tag) {
        Timestamp now = Timestamp.from(Instant.now());
        for (String kind : new String[] { "COMPANY", "CENTRE" }) {
            jdbc.sql(
                    """
                            insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                                                      status, registered_at)
                            values (:kind, :kind, 'RSE27', '', 'Мария', :email, '082000000', 'en', 'APPROVED', :now)""")
                .param("kind", kind)
                .param("email", kind.toLowerCase() + "-" + tag + "@example.org")
                .param("now", now)
                .update();
        }
        long company = jdbc.sql("select id from organisation where email = :email")
            .param("email", "company-" + tag + "@example.org")
            .query(Long.class)
            .single();
        long centre = jdbc.sql("select id from organisation where email = :email")
            .param("email", "centre-" + tag + "@example.org")
            .query(Long.class)
            .single();
        jdbc.sql(
                """
                        insert into offer (organisation_id, title, description, category, unit, total, remaining, available_from,
                                           available_until, origin, reach, conditions, status, created_at, updated_at)
                        values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', 3, 0, :from, :until, 'RSE27', 'PROVINCE', '',
                                'OPEN', :now, :now)""")
            .param("org", company)
            .param("from", LocalDate.now())
            .param("until", LocalDate.now().plusDays(30))
            .param("now", now)
            .update();
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                                  urgency, handover, handover_point, status, created_at, updated_at)
                values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', 3, 0, :by, 'HIGH', 'RSE27', 'Офис', 'OPEN',
                        :now, :now)""")
            .param("org", centre)
            .param("by", LocalDate.now().plusDays(10))
            .param("now", now)
            .update();
        long offer = jdbc.sql("select max(id) from offer").query(Long.class).single();
        long need = jdbc.sql("select max(id) from need").query(Long.class).single();
        jdbc.sql("""
                insert into match_proposal (offer_id, need_id, units, score, reasons, status, proposed_at, expires_at)
                values (:offer, :need, 3, 0.8, '', 'PROPOSED', :now, :later)""")
            .param("offer", offer)
            .param("need", need)
            .param("now", now)
            .param("later", Timestamp.from(Instant.now().plus(Duration.ofDays(7))))
            .update();
        return jdbc.sql("select max(id) from match_proposal").query(Long.class).single();
    }

}
