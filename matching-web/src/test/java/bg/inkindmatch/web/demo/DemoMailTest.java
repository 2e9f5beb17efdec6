package bg.inkindmatch.web.demo;

import bg.inkindmatch.web.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run, without a mail server: the Ruse proposals wait on /dev/mail, and their links work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "inkind.demo=true")
class DemoMailTest {

    private static final Pattern ANSWER_LINK = Pattern.compile("href=\"(https?://[^\"]+/m/[^\"]+accepted[^\"]+)\"");

    @LocalServerPort
    private int port;

    @Test
    void theProposalEmailsOfTheRuseScenarioAreOnTheDevelopmentMailPageWithWorkingLinks() {
        Browser browser = new Browser(port);

        String mail = browser.get("/dev/mail").body();

        assertThat(mail).contains("Предложено свързване: Хигиенни пакети за жени и деца",
                "Предложено свързване: Хигиенни материали за кризисен център", "byala@demo.inkind-match.example");
        Matcher accept = ANSWER_LINK.matcher(mail);
        assertThat(accept.find()).isTrue();
        HttpResponse<String> confirmation = browser.get(accept.group(1).replace("&amp;", "&"));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Приемам свързването");
    }
}
