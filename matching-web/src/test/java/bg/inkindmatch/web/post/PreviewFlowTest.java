package bg.inkindmatch.web.post;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a member types, the form shows how many open posts on the other side it would
 * match.
 */
class PreviewFlowTest extends WebFlowTest {

    private static Map<String, String> hygieneOffer(String quantity) {
        return PostFields.offer("Хигиенни пакети").with("quantity", quantity).form();
    }

    private static Map<String, String> hygieneNeed(String title) {
        return PostFields.need(title).with("quantity", "40").with("urgency", "CRITICAL").form();
    }

    @Test
    void anOfferBeingTypedShowsTheNeedsItWouldMatchWithReasonsAndNoContacts() {
        Browser centre = signedIn("CENTRE", "Център за преглед", "preview-centre@example.org");
        centre.get("/needs/new");
        centre.post("/needs", hygieneNeed("Хигиенни материали за преглед"));
        Browser company = signedIn("COMPANY", "Фирма за преглед", "preview-company@example.org");
        company.get("/offers/new?lang=en");
        assertThat(company.postHtmx("/offers/preview", hygieneOffer("25")).body())
            .as("another organisation's text only once a coordinator has seen it")
            .doesNotContain("Хигиенни материали за преглед");
        textsSeen();

        HttpResponse<String> fragment = company.postHtmx("/offers/preview", hygieneOffer("25"));

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html")
            .contains("open post")
            .contains("Хигиенни материали за преглед")
            .contains("same category: Hygiene products")
            .doesNotContain("preview-centre@example.org", "Мария Иванова", "+359", "Офисът на търговската камара");
    }

    @Test
    void withoutJavaScriptThePreviewButtonShowsTheWholeFormWithWhatWasTyped() {
        Browser company = signedIn("COMPANY", "Фирма без JS", "nojs-company@example.org");
        company.get("/offers/new?lang=en");

        HttpResponse<String> page = company.post("/offers/preview", hygieneOffer("25"));

        assertThat(page.body()).contains("<html", "value=\"Хигиенни пакети\"", "id=\"preview\"", "match");
    }

    @Test
    void anIncompleteFormAsksForWhatIsMissing() {
        Browser company = signedIn("COMPANY", "Фирма непълна", "incomplete-company@example.org");
        company.get("/offers/new?lang=en");
        Map<String, String> fields = hygieneOffer("");
        fields.put("category", "");

        HttpResponse<String> fragment = company.postHtmx("/offers/preview", fields);

        assertThat(fragment.body()).contains("Choose a category, a unit and a quantity");
    }

    @Test
    void aNeedBeingTypedShowsTheOffersItWouldMatch() {
        Browser company = signedIn("COMPANY", "Търговец за нужди", "offers-for-need@example.org");
        company.get("/offers/new");
        Map<String, String> offer = hygieneOffer("25");
        offer.put("title", "Храна от търговеца");
        offer.put("category", "consumables.food");
        offer.put("unit", "KG");
        company.post("/offers", offer);
        textsSeen();
        Browser centre = signedIn("CENTRE", "Център търси", "need-preview@example.org");
        centre.get("/needs/new?lang=en");

        Map<String, String> need = hygieneNeed("Търсим храна");
        need.put("category", "consumables.food");
        need.put("unit", "KG");

        HttpResponse<String> fragment = centre.postHtmx("/needs/preview", need);

        assertThat(fragment.body()).contains("Храна от търговеца", "both in Ruse municipality");
    }

}
