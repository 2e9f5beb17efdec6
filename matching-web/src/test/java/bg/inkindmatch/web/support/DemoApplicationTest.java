package bg.inkindmatch.web.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The application as its default run starts it: the Ruse demo loaded, no SMTP server (the
 * e-mails are on {@code /dev/mail}), on a random port. Its tests only read, so they share
 * one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inkind.demo=true")
public abstract class DemoApplicationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcClient jdbc;

    /**
     * The demo's posts are saved at start and their rounds run off the request: the tests
     * read the application once the rounds are done.
     */
    @BeforeEach
    void demoRoundsDone() {
        await().atMost(Duration.ofSeconds(30))
            .until(() -> jdbc.sql("select count(*) from matching_family where wanted > done")
                .query(Long.class)
                .single() == 0);
    }

}
