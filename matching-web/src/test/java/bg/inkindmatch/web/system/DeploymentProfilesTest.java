package bg.inkindmatch.web.system;

import bg.inkindmatch.web.InKindMatchApplication;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each way of running the application refuses to do: the settings a deployment
 * cannot forget.
 */
class DeploymentProfilesTest {

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(InKindMatchApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theProductionProfileRefusesToStartWithoutAnSmtpServer() {
        assertThatThrownBy(() -> start("--server.port=0", "--spring.profiles.active=production")).rootCause()
            .hasMessageContaining("spring.mail.host");
    }

    @Test
    void theDemoScenarioNeverReachesARealDatabase() {
        String url = EmbeddedPostgresDatabase.newDatabase();
        try (ConfigurableApplicationContext context = start("--server.port=0", "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + EmbeddedPostgresDatabase.USER,
                "--inkind.demo=true")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).isZero();
            assertThat(new Browser(port(context)).get("/dev/mail").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theDevelopmentMailPageAnswersOnlyABrowserOnThisMachine() {
        try (ConfigurableApplicationContext context = start("--server.port=0",
                "--server.forward-headers-strategy=native")) {
            int port = port(context);
            assertThat(new Browser(port).get("/dev/mail").body()).contains("само от браузър на същия компютър");
            assertThat(Browser.behindProxy(port, "203.0.113.9", "https").get("/dev/mail").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aWrongSettingStopsStartUpWithAMessageThatNamesIt() {
        assertThatThrownBy(() -> start("--server.port=0", "--inkind.matching.proposal-validity=0s"))
            .hasStackTraceContaining("inkind.matching")
            .hasStackTraceContaining("proposalValidity");
    }

    @Test
    void daysAreCountedInTheZoneOfThePartnershipWhateverTheServersZone() {
        java.util.TimeZone server = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
        try (ConfigurableApplicationContext context = start("--server.port=0")) {
            assertThat(context.getBean(java.time.Clock.class).getZone()).isEqualTo(java.time.ZoneId.of("Europe/Sofia"));
        }
        finally {
            java.util.TimeZone.setDefault(server);
        }
    }

}
