package bg.inkindmatch.web.account;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limit as the application applies it, with the production limit per address. */
@TestPropertySource(properties = "inkind.sign-in.limit-per-address=5")
class SignInRateLimitFlowTest extends WebFlowTest {

    @Test
    void theSixthRequestForOneAddressWithinFifteenMinutesIsRefused() {
        Browser browser = browser();
        for (int i = 0; i < 5; i++) {
            assertThat(requestLink(browser, "flood@example.org").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> sixth = requestLink(browser, "flood@example.org");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).contains("900");
        assertThat(sixth.body()).contains("Твърде много заявки");
    }
}
