package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My page" shows what waits for the signed-in person, and a proposal is answered from
 * it.
 */
class WorkspaceFlowTest extends WebFlowTest {

    @Test
    void aMemberLandsOnWhatWaitsAndAcceptsAProposalFromThere() {
        registerApproved("CENTRE", "Център на моята страница", "my-centre@example.org", "SLS31");
        Browser centre = signIn("my-centre@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                PostFields.need("Одеяла за моята страница")
                    .of("consumables.clothing", "PCS")
                    .with("handover", "SLS31")
                    .with("quantity", "12")
                    .form());
        registerApproved("COMPANY", "Фирма на моята страница", "my-company@example.org", "SLS31");
        Browser company = signIn("my-company@example.org");
        company.get("/offers/new");
        company.post("/offers",
                PostFields.offer("Одеяла от фирмата")
                    .of("consumables.clothing", "PCS")
                    .with("quantity", "12")
                    .with("reach", "MUNICIPALITY")
                    .form());
        long offerId = offerTitled("Одеяла от фирмата");
        long matchId = matches.findAll().stream().filter(m -> m.offerId() == offerId).findFirst().orElseThrow().id();

        Document my = Jsoup.parse(company.get("/my?lang=en").body());
        assertThat(my.select("h1").text()).isEqualTo("My page");
        assertThat(my.select("#waiting").text()).isEqualTo("Proposals waiting for your answer (1)");
        assertThat(my.select("#waiting-" + matchId).text()).contains("Одеяла от фирмата → Одеяла за моята страница");
        HttpResponse<String> accepted = company.post("/matches/" + matchId + "/accept", Map.of());
        assertThat(accepted.uri().getPath()).isEqualTo("/matches/" + matchId);
        assertThat(Jsoup.parse(company.get("/my").body()).select("#waiting-" + matchId)).isEmpty();

        centre.get("/my");
        centre.post("/matches/" + matchId + "/accept", Map.of());
        assertThat(matches.findById(matchId).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);
        Document agreed = Jsoup.parse(centre.get("/my?lang=en").body());
        assertThat(agreed.select("#handover").text()).isEqualTo("Agreed, to hand over (1)");
    }

    @Test
    void signingInLandsOnMyPageAndACoordinatorSeesTheQueue() {
        register(browser(), "CENTRE", "Център чака одобрение", "my-pending@example.org", "", "SLS31");

        Browser coordinator = signIn(COORDINATOR);
        Document page = Jsoup.parse(coordinator.get("/my?lang=en").body());
        assertThat(page.select("#queue").text()).isEqualTo("Coordination");
        assertThat(page.select("section[aria-labelledby=queue] li").first().text())
            .startsWith("Registrations waiting for approval (");
        assertThat(browser().get("/my").uri().getPath()).isEqualTo("/sign-in");
    }

}
