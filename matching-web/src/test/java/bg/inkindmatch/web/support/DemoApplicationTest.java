package bg.inkindmatch.web.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as its default run starts it: the Ruse demo loaded, no SMTP server (the
 * e-mails are on {@code /dev/mail}), on a random port. Its tests only read, so they share
 * one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inkind.demo=true")
public abstract class DemoApplicationTest {

    @LocalServerPort
    protected int port;

}
