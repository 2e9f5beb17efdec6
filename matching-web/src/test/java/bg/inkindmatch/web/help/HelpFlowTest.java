package bg.inkindmatch.web.help;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.WebFlowTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Help pages: the hotlines as numbers a phone dials, and the services centres
 * describe, public only once a coordinator of their province approves them.
 */
class HelpFlowTest extends WebFlowTest {

    private Browser coordinatorOf(String email, String province) {
        boolean invited = count("select count(*) from coordinator where email = :value", email) > 0;
        return invited ? signIn(email) : regionalCoordinator(email, province);
    }

    private long serviceOf(String centreEmail) {
        return jdbc
            .sql("select max(s.id) from help_service s join organisation o on o.id = s.organisation_id"
                    + " where o.email = :email")
            .param("email", centreEmail)
            .query(Long.class)
            .single();
    }

    @Test
    void everyHelpPageStartsWithTheHotlinesAsNumbersAPhoneDials() {
        Document country = Jsoup.parse(browser().get("/help").body());
        assertThat(country.select(".hotlines a[href]").eachAttr("href")).containsExactly("tel:112", "tel:080018676",
                "tel:116111");
        assertThat(country.select(".hotlines").text())
            .contains("Национална телефонна линия за пострадали от домашно насилие", "денонощно, безплатно");
        Document english = Jsoup.parse(browser().get("/help/RSE?lang=en").body());
        assertThat(english.select("h1").text()).isEqualTo("Help in Ruse province");
        assertThat(english.select(".hotlines").text()).contains("National hotline for children");
        assertThat(Jsoup.parse(browser().get("/board").body()).select(".safety-note a").attr("href"))
            .isEqualTo("/help");
        assertThat(browser().get("/help/XXX").statusCode()).isEqualTo(404);
    }

    @Test
    void aCentresServiceIsPublicOnceItsProvincesCoordinatorApprovesIt() {
        String email = "help-centre@example.org";
        registerApproved("CENTRE", "Център Надежда Русе", email, "RSE27");
        Browser centre = signIn(email);
        centre.get("/services?lang=en");
        centre.post("/services",
                Map.of("kind", "COUNSELLING", "description",
                        "Безплатни консултации за жени, преживели насилие, и техните деца.", "contact",
                        "www.nadezhda.example"));
        assertThat(browser().get("/help/RSE").body()).doesNotContain("Център Надежда Русе");

        long id = serviceOf(email);
        Browser varna = coordinatorOf("help-varna@example.org", "VAR");
        varna.get("/coordinator/help");
        assertThat(varna.post("/coordinator/help/" + id + "/approve", Map.of()).statusCode()).isEqualTo(404);
        Browser ruse = coordinatorOf("help-ruse@example.org", "RSE");
        assertThat(ruse.get("/coordinator/help").body()).contains("Център Надежда Русе", "www.nadezhda.example");
        ruse.post("/coordinator/help/" + id + "/approve", Map.of());

        Document published = Jsoup.parse(browser().get("/help/RSE").body());
        assertThat(published.select("#kind-COUNSELLING + ul").text()).contains("Център Надежда Русе",
                "Безплатни консултации", "Връзка: www.nadezhda.example");

        centre.get("/services/" + id + "/edit");
        centre.post("/services/" + id, Map.of("kind", "COUNSELLING", "description", "Нов текст за консултациите.",
                "contact", "www.nadezhda.example"));
        assertThat(browser().get("/help/RSE").body()).contains("Безплатни консултации")
            .doesNotContain("Нов текст за консултациите.");
        ruse.get("/coordinator/help");
        ruse.post("/coordinator/help/" + id + "/approve", Map.of());
        assertThat(browser().get("/help/RSE").body()).contains("Нов текст за консултациите.");
        centre.get("/services/" + id + "/edit");
        centre.post("/services/" + id, Map.of("kind", "COUNSELLING", "description", "Текст, който не минава.",
                "contact", "www.nadezhda.example"));
        ruse.get("/coordinator/help");
        ruse.post("/coordinator/help/" + id + "/turn-down", Map.of());
        assertThat(browser().get("/help/RSE").body()).contains("Нов текст за консултациите.")
            .doesNotContain("Текст, който не минава.");
        assertThat(ruse.post("/coordinator/help/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);

        centre.get("/services");
        centre.post("/services/" + id + "/remove", Map.of());
        assertThat(browser().get("/help/RSE").body()).doesNotContain("Център Надежда Русе");
    }

    @Test
    void aServiceTextWithPersonalDataIsRefusedAndOnlyCentresDescribeServices() {
        registerApproved("CENTRE", "Център с лични данни", "help-personal@example.org", "RSE27");
        Browser centre = signIn("help-personal@example.org");
        centre.get("/services?lang=en");
        Document refused = Jsoup.parse(centre
            .post("/services",
                    Map.of("kind", "LEGAL", "description", "Обадете се на Мария на 0888 123 456", "contact", "офисът"))
            .body());
        assertThat(refused.select("#description-error")).isNotEmpty();
        assertThat(count("select count(*) from help_service s join organisation o on o.id = s.organisation_id"
                + " where o.email = :value", "help-personal@example.org"))
            .isZero();

        Browser company = signedIn("COMPANY", "Фирма без услуги", "help-company@example.org");
        assertThat(company.get("/services").statusCode()).isEqualTo(403);
        assertThat(browser().get("/services").uri().getPath()).isEqualTo("/sign-in");
    }

}
