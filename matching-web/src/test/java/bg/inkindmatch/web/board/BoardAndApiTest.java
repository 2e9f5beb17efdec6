package bg.inkindmatch.web.board;

import bg.inkindmatch.web.support.DemoApplicationTest;
import bg.inkindmatch.web.support.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public board and the JSON API over the Ruse demo: open posts, filters, and never a
 * contact.
 */
class BoardAndApiTest extends DemoApplicationTest {

    private HttpResponse<String> json(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBoardShowsOpenNeedsWithFreeUnitsAndNoContactData() {
        String page = new Browser(port).get("/board").body();

        // the demo leaves Varna's need waiting for the coordinator: its category stands
        // in
        // for its title
        assertThat(page).contains("Хигиенни материали", "Бърз изход")
            .doesNotContain("Канцеларски материали за занимания с деца")
            .doesNotContain("Хигиенни материали за кризисен център")
            .doesNotContain("@demo.inkind-match.example", "Демо контакт", "Офисът на Център Динамика", "+359");
    }

    @Test
    void theBoardFiltersByProvinceAndShowsOffers() {
        Browser browser = new Browser(port);

        assertThat(browser.get("/board?province=VAR").body()).contains("<span>Канцеларски материали</span>")
            .doesNotContain("Канцеларски материали за занимания с деца")
            .doesNotContain(">Хигиенни материали<");
        assertThat(browser.get("/board?side=offers&category=consumables&lang=en").body())
            .contains("Канцеларски материали")
            .doesNotContain("обучителната платформа");
    }

    @Test
    void theMunicipalityIsChosenAmongThoseOfTheChosenProvince() {
        Browser browser = new Browser(port);

        Document country = Jsoup.parse(browser.get("/board?lang=en").body());
        assertThat(country.select("select#municipality")).isEmpty();
        assertThat(country.select("p.hint").text()).contains("Choose a province");

        Document ruse = Jsoup.parse(browser.get("/board?province=RSE&lang=en").body());
        assertThat(ruse.select("select#municipality option[value]").eachAttr("value")).contains("", "RSE27", "RSE03")
            .hasSize(9)
            .allMatch(code -> code.isEmpty() || code.startsWith("RSE"));

        Document varna = Jsoup.parse(browser.get("/board?municipality=VAR06").body());
        assertThat(varna.select("select#municipality option[selected]").attr("value")).isEqualTo("VAR06");
        assertThat(varna.select("select#municipality option[value^=RSE]")).isEmpty();
    }

    @Test
    void theApiListsOpenPostsWithPublicFieldsOnly() throws Exception {
        HttpResponse<String> needs = json("/api/v1/needs?province=RSE");

        assertThat(needs.statusCode()).isEqualTo(200);
        assertThat(needs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(needs.body()).contains("\"title\":\"Хигиенни материали\"", "\"total\":1", "\"remaining\":35")
            .doesNotContain("@", "Демо контакт", "handoverPoint", "organisation");
    }

    @Test
    void theApiPagesAndRefusesNonsenseWithoutAServerError() throws Exception {
        assertThat(json("/api/v1/offers?size=1").body()).contains("\"size\":1", "\"total\":2");
        assertThat(json("/api/v1/offers?page=many").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiServesCategoriesPlacesAndItsOpenApiDocument() throws Exception {
        assertThat(json("/api/v1/categories").body()).contains("\"code\":\"consumables.hygiene\"", "Хигиенни продукти");
        assertThat(json("/api/v1/places").body()).contains("\"code\":\"RSE27\"", "\"nameBg\":\"Русе\"");
        assertThat(json("/v3/api-docs").body()).contains("/api/v1/needs", "/api/v1/offers", "/api/v1/places");
    }

}
