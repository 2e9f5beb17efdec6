package bg.inkindmatch.web;

import bg.inkindmatch.web.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real port, asked over real HTTP. */
class InKindMatchApplicationTest extends DemoApplicationTest {

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheHomePageAndItsStylesheet() throws Exception {
        HttpResponse<String> home = get("/");
        HttpResponse<String> css = get("/css/main.css");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).contains("UTF-8"));
        assertThat(home.body()).contains("свързваме дарения с нужди");
        assertThat(css.statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheScriptsTheIconAndHtmxFromItsWebjarWithoutAVersionInThePath() throws Exception {
        for (String path : new String[] { "/js/enhance.js", "/favicon.ico", "/webjars/htmx.org/dist/htmx.min.js" }) {
            HttpResponse<String> file = get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path)
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=86400"));
        }
        assertThat(get("/css/none.css").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAnSmtpServerTheDevelopmentMailPageListsTheEmailsWithTheirLinks() throws Exception {
        bg.inkindmatch.web.support.Browser browser = new bg.inkindmatch.web.support.Browser(port);
        browser.get("/sign-in");
        browser.post("/sign-in/link", java.util.Map.of("username", "coordinator@inkind-match.example"));

        // the link is written after the answer (so that its timing tells nothing): wait
        // for it
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(browser.get("/dev/mail").body())
                .contains("coordinator@inkind-match.example", "Вход в InKind Match", "/sign-in/confirm?token="));
    }

    @Test
    void aMembersPageAsksAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> answer = get("/no-such-page");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
    }

}
