package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies post offers and centres post needs through the forms, each seeing only its
 * own.
 */
class PostFlowTest extends WebFlowTest {

    /**
     * An offer of medical supplies: no need of any test is medical, so its quantities
     * stay as posted.
     */
    private static Map<String, String> offerFields(String title, String description) {
        return PostFields.offer(title)
            .with("description", description)
            .of("consumables.medical", "PACK")
            .with("quantity", "25")
            .form();
    }

    /**
     * A need of clothing: no offer of these tests is clothing, so its quantities stay as
     * posted.
     */
    private static Map<String, String> needFields(String title, String handoverPoint) {
        return PostFields.need(title)
            .of("consumables.clothing", "PCS")
            .with("quantity", "40")
            .with("urgency", "HIGH")
            .with("handoverPoint", handoverPoint)
            .form();
    }

    private Browser company(String email) {
        registerApproved("COMPANY", "Фирма " + email.substring(0, email.indexOf('@')), email);
        return signIn(email);
    }

    private Browser centre(String email) {
        registerApproved("CENTRE", "Център " + email.substring(0, email.indexOf('@')), email);
        return signIn(email);
    }

    private List<StoredOffer> offersTitled(String title) {
        return offers.findAll().stream().filter(o -> o.title().equals(title)).toList();
    }

    @Test
    void aCompanyPostsAnOfferAndSeesItInItsList() {
        Browser company = company("retailer@example.org");
        company.get("/offers/new?lang=en");

        HttpResponse<String> list = company.post("/offers",
                offerFields("Хигиенни пакети за жени и деца", "Шампоан, сапун"));

        assertThat(list.uri().getPath()).isEqualTo("/offers");
        assertThat(list.body()).contains("Хигиенни пакети за жени и деца", "25", "Open");
        StoredOffer saved = offersTitled("Хигиенни пакети за жени и деца").get(0);
        assertThat(saved.origin()).isEqualTo("RSE27");
        assertThat(saved.remaining()).isEqualTo(25);
    }

    @Test
    void anOfferWithAPhoneNumberIsRefusedWithAMessageNextToTheField() {
        Browser company = company("phone@example.org");
        company.get("/offers/new?lang=en");

        HttpResponse<String> answer = company.post("/offers",
                offerFields("Пакети с телефон", "Обадете се на 0888 123 456"));

        assertThat(answer.body()).contains("id=\"description-error\"", "holds a phone number");
        assertThat(offersTitled("Пакети с телефон")).isEmpty();
    }

    @Test
    void aUnitThatDoesNotFitTheCategoryAndReversedDatesAreRefused() {
        Browser company = company("units@example.org");
        company.get("/offers/new?lang=en");
        Map<String, String> fields = offerFields("Места в килограми", "");
        fields.put("category", "training.platform-seat");
        fields.put("unit", "KG");
        fields.put("availableUntil", LocalDate.now().minusDays(1).toString());

        HttpResponse<String> answer = company.post("/offers", fields);

        assertThat(answer.body()).contains("id=\"unit-error\"", "This unit is not used for the chosen category.")
            .contains("id=\"availableUntil-error\"", "The end date is before the start date.");
        org.jsoup.nodes.Element summary = org.jsoup.Jsoup.parse(answer.body()).selectFirst("form .error-summary");
        assertThat(summary).as("the error summary at the top of the form").isNotNull();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.select("a").eachAttr("href")).contains("#unit", "#availableUntil");
        assertThat(summary.text()).contains("The form has problems", "This unit is not used for the chosen category.",
                "The end date is before the start date.");
        assertThat(offersTitled("Места в килограми")).isEmpty();
    }

    @Test
    void aQuantityThatIsNotANumberIsRefused() {
        Browser company = company("numbers@example.org");
        company.get("/offers/new?lang=en");
        Map<String, String> fields = offerFields("Пакети без число", "");
        fields.put("quantity", "много");

        HttpResponse<String> answer = company.post("/offers", fields);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"quantity-error\"", "This is not a valid value.");
    }

    @Test
    void aCompanyPausesResumesAndWithdrawsItsOffer() {
        Browser company = company("lifecycle@example.org");
        company.get("/offers/new");
        company.post("/offers", offerFields("Пакети за пауза", ""));
        long id = offersTitled("Пакети за пауза").get(0).id();

        company.post("/offers/" + id + "/pause", Map.of());
        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(PostStatus.PAUSED);
        company.post("/offers/" + id + "/pause", Map.of());
        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(PostStatus.PAUSED);
        company.post("/offers/" + id + "/resume", Map.of());
        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(PostStatus.OPEN);
        company.post("/offers/" + id + "/withdraw", Map.of());
        company.post("/offers/" + id + "/resume", Map.of());

        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(PostStatus.WITHDRAWN);
    }

    @Test
    void aCompanyEditsItsOffer() {
        Browser company = company("editor@example.org");
        company.get("/offers/new");
        company.post("/offers", offerFields("Пакети преди", ""));
        long id = offersTitled("Пакети преди").get(0).id();
        company.get("/offers/" + id + "/edit");
        Map<String, String> fields = offerFields("Пакети след", "");
        fields.put("quantity", "30");

        company.post("/offers/" + id, fields);

        StoredOffer edited = offers.findById(id).orElseThrow();
        assertThat(edited.title()).isEqualTo("Пакети след");
        assertThat(edited.total()).isEqualTo(30);
        assertThat(edited.remaining()).isEqualTo(30);
    }

    @Test
    void aCentrePostsNeedsAndOffersOnlyWorkplaceTrainings() {
        Browser centre = centre("centre-posts@example.org");
        centre.get("/needs/new?lang=en");

        HttpResponse<String> list = centre.post("/needs",
                needFields("Хигиенни материали", "Офисът на търговската камара"));

        assertThat(list.uri().getPath()).isEqualTo("/needs");
        assertThat(list.body()).contains("Хигиенни материали");
        assertThat(Jsoup.parse(list.body()).select(".flash[role=status]").text()).isEqualTo("The post is saved.");
        assertThat(Jsoup.parse(centre.get("/needs").body()).select(".flash[role=status]")).as("shown once").isEmpty();
        assertThat(centre.get("/offers").statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(centre.get("/offers/new?lang=en").body());
        assertThat(form.select("#category option").eachAttr("value")).containsExactly("", "workplace",
                "workplace.violence-awareness", "workplace.supporting-staff");
    }

    @Test
    void aHandoverPointWithAPersonalNumberOrAnUnknownMunicipalityIsRefused() {
        Browser centre = centre("handover@example.org");
        centre.get("/needs/new?lang=en");
        Map<String, String> fields = needFields("Нужда с ЕГН", "При 7501020018");
        fields.put("handover", "XXX99");

        HttpResponse<String> answer = centre.post("/needs", fields);

        assertThat(answer.body()).contains("id=\"handoverPoint-error\"", "personal number (EGN)")
            .contains("id=\"handover-error\"", "There is no such municipality.");
        assertThat(needs.findAll()).noneMatch(n -> n.title().equals("Нужда с ЕГН"));
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void nobodySeesOrChangesAnotherOrganisationsPost(Side side) {
        String path = "/" + side.path();
        String title = "Чужда публикация " + side;
        Browser owner = member(side, side.key() + "-owner@example.org");
        owner.get(path + "/new");
        owner.post(path, fields(side, title));
        long id = repository(side).findAll()
            .stream()
            .filter(p -> p.title().equals(title))
            .findFirst()
            .orElseThrow()
            .id();
        Browser other = member(side, side.key() + "-other@example.org");

        assertThat(other.get(path).body()).doesNotContain(title);
        assertThat(other.get(path + "/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(other.post(path + "/" + id + "/pause", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.post(path + "/" + id + "/withdraw", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.post(path + "/" + id, fields(side, "Откраднато")).statusCode()).isEqualTo(404);
        StoredPost untouched = repository(side).findById(id).orElseThrow();
        assertThat(untouched.status()).isEqualTo(PostStatus.OPEN);
        assertThat(untouched.title()).isEqualTo(title);
    }

    private Browser member(Side side, String email) {
        return side == Side.OFFER ? company(email) : centre(email);
    }

    private static Map<String, String> fields(Side side, String title) {
        return side == Side.OFFER ? offerFields(title, "") : needFields(title, "Офисът на общината");
    }

    private PostRepository<? extends StoredPost> repository(Side side) {
        return side == Side.OFFER ? offers : needs;
    }

    @Test
    void nonsenseInTheAddressIsAClientErrorNotAServerError() {
        Browser company = company("nonsense@example.org");

        assertThat(company.get("/offers/abc/edit").statusCode()).isEqualTo(400);
        assertThat(company.get("/offers/999999/edit").statusCode()).isEqualTo(404);
        company.get("/offers");
        assertThat(company.post("/offers/999999/explode", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theUnitFieldOffersOnlyTheUnitsOfTheChosenCategory() {
        Browser company = company("units-field@example.org");

        assertThat(company.get("/posts/units?category=training.platform-seat&unit=").body())
            .contains("value=\"SEAT\" selected")
            .doesNotContain("value=\"KG\"");
        assertThat(company.get("/posts/units?category=consumables.food&unit=KG").body())
            .contains("value=\"KG\" selected", "value=\"PACK\"")
            .doesNotContain("value=\"SEAT\"");
        assertThat(company.get("/posts/units?category=nonsense&unit=").body()).contains("value=\"KG\"",
                "value=\"SEAT\"");
        assertThat(company.get("/posts/units?category=nonsense&unit=GALLON").statusCode()).isEqualTo(400);
    }

    @Test
    void theMunicipalitySearchFindsNamesInBothScriptsAndWholeProvinces() {
        Browser centre = centre("search-places@example.org");

        assertThat(centre.get("/places/municipalities?q=бя&handover=RSE04").body()).contains("value=\"RSE04\" selected")
            .doesNotContain("value=\"RSE27\"");
        assertThat(centre.get("/places/municipalities?q=Byala&lang=en").body()).contains("value=\"RSE04\"",
                "value=\"VAR05\"", "value=\"VRC08\"");
        assertThat(centre.get("/places/municipalities?q=Русе").body()).contains("value=\"RSE27\"", "value=\"RSE04\"");
        assertThat(centre.get("/places/municipalities?q=zzz").body()).doesNotContain("<optgroup");
    }

    @Test
    void aCompanyAsksOnlyForWorkplaceTrainings() {
        Browser company = company("no-needs@example.org");
        company.get("/needs/new?lang=en");

        HttpResponse<String> refused = company.post("/needs", needFields("Пакети за фирмата", "Офисът"));

        assertThat(Jsoup.parse(refused.body()).select("#category-error").text())
            .startsWith("Your organisation cannot ask in this category");
        assertThat(count("select count(*) from need where title = :value", "Пакети за фирмата")).isZero();
    }

}
