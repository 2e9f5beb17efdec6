package bg.inkindmatch.web.demo;

import bg.inkindmatch.web.support.DemoApplicationTest;
import bg.inkindmatch.web.support.Browser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run, without a mail server: the Ruse proposals wait on /dev/mail, and their
 * links work.
 */
class DemoMailTest extends DemoApplicationTest {

    @Test
    void theProposalEmailsOfTheRuseScenarioAreOnTheDevelopmentMailPageWithWorkingLinks() {
        Browser browser = new Browser(port);

        String mail = browser.get("/dev/mail").body();

        assertThat(mail).contains("Предложено свързване: Хигиенни пакети за жени и деца",
                "Предложено свързване: Хигиенни материали за кризисен център", "byala@demo.inkind-match.example");
        String accept = Jsoup.parse(mail).select("a[href*=/m/][href*=accepted]").attr("href");
        assertThat(accept).isNotEmpty();
        HttpResponse<String> confirmation = browser.get(accept);
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Приемам свързването");
    }

}
