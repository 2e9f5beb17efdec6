package bg.inkindmatch.web.region;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.WebFlowTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's coordinator keeps the partners of the protocol, and anybody reads them on
 * the region's public page, in Bulgarian or English.
 */
class RegionPartnersFlowTest extends WebFlowTest {

    private static Map<String, String> partner(String province, String name) {
        return new HashMap<>(Map.of("province", province, "name", name, "role", "RECEIVES_REFERRALS", "joinedOn",
                "2025-03-01", "contact", "Централа 082 888 100, www.hospital-ruse.example"));
    }

    private long partnerId(String name) {
        return jdbc.sql("select id from region_partner where name = :name")
            .param("name", name)
            .query(Long.class)
            .single();
    }

    private int partnersNamed(String name) {
        return count("select count(*) from region_partner where name = :value", name);
    }

    @Test
    void theRegionsCoordinatorAddsAPartnerAndThePublicPageShowsIt() {
        Browser lead = regionalCoordinator("partners-lead@example.org", "RSE");
        lead.get("/coordinator/partners");

        lead.post("/coordinator/partners", partner("RSE", "Университетска болница Русе"));

        Document page = Jsoup.parse(browser().get("/regions/RSE").body());
        assertThat(page.select("h1").text()).contains("Русе");
        assertThat(page.select("main").text()).contains("Приема насочвания", "Университетска болница Русе",
                "www.hospital-ruse.example", "01.03.2025");
        assertThat(browser().get("/regions/RSE?lang=en").body()).contains("Ruse province", "Receives referrals");
        assertThat(browser().get("/regions").body()).contains("/regions/RSE");
    }

    @Test
    void aPartnerElsewhereOrWithPersonalDataIsRefusedNextToTheField() {
        Browser lead = regionalCoordinator("partners-refused@example.org", "RSE");
        lead.get("/coordinator/partners?lang=en");

        Document elsewhere = Jsoup.parse(lead.post("/coordinator/partners", partner("VAR", "Община Варна")).body());
        Map<String, String> personal = partner("RSE", "Д-р Иванова, 0888 123 456");
        Document withPhone = Jsoup.parse(lead.post("/coordinator/partners", personal).body());

        assertThat(elsewhere.select("#province-error").text()).isEqualTo("You do not answer for this province.");
        assertThat(withPhone.select("#name-error").text()).isNotBlank();
        assertThat(partnersNamed("Община Варна")).isZero();
        assertThat(partnersNamed("Д-р Иванова, 0888 123 456")).isZero();
    }

    @Test
    void aCoordinatorCannotRemoveAnotherRegionsPartner() {
        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/partners");
        admin.post("/coordinator/partners", partner("VAR", "Кризисен център Варна партньор"));
        long varna = partnerId("Кризисен център Варна партньор");
        Browser lead = regionalCoordinator("partners-remover@example.org", "RSE");
        lead.get("/coordinator/partners");

        HttpResponse<String> removal = lead.post("/coordinator/partners/" + varna + "/remove", Map.of());

        assertThat(removal.statusCode()).isEqualTo(404);
        assertThat(partnersNamed("Кризисен център Варна партньор")).isEqualTo(1);
        assertThat(lead.get("/coordinator/partners").body()).doesNotContain("Кризисен център Варна партньор");
        assertThat(browser().get("/regions/XYZ").statusCode()).isEqualTo(404);
    }

}
