package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.Browser;
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
        Proposed proposed = proposed("my-page", "SLS31", "bg");
        Browser company = proposed.company();
        long matchId = proposed.matchId();

        Document my = Jsoup.parse(company.get("/my?lang=en").body());
        assertThat(my.select("h1").text()).isEqualTo("My page");
        assertThat(my.select(".account").text()).startsWith("Signed in as Книжарница my-page");
        assertThat(my.select(".site-nav a[href=/matches]").text()).isEqualTo("My matches (1)");
        assertThat(my.select("#waiting").text()).isEqualTo("Proposals waiting for your answer (1)");
        assertThat(my.select("#waiting-" + matchId).text()).contains("Комплекти my-page → Тетрадки my-page", "8 sets",
                "answer by");
        long offerId = matches.findById(matchId).orElseThrow().offerId();
        assertThat(my.select("#offer-" + offerId).text()).contains("Комплекти my-page", "1 match");
        HttpResponse<String> accepted = company.post("/my/matches/" + matchId + "/accept", Map.of());
        assertThat(accepted.uri().getPath()).isEqualTo("/my");
        Document after = Jsoup.parse(accepted.body());
        assertThat(after.select("p.flash[role=status]").text()).isEqualTo("You accepted the proposal.");
        assertThat(after.select("#waiting-" + matchId)).isEmpty();
        assertThat(after.select(".site-nav a[href=/matches]").text()).isEqualTo("My matches");

        Browser centre = proposed.centre();
        centre.get("/my");
        HttpResponse<String> inPlace = centre.postHtmx("/my/matches/" + matchId + "/accept", Map.of());
        Document line = Jsoup.parse(inPlace.body());
        assertThat(line.select("li#waiting-" + matchId).text()).contains("Приехте предложението.");
        assertThat(line.select("#my-status[hx-swap-oob]").text()).isEqualTo("Приехте предложението.");
        assertThat(matches.findById(matchId).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);
        Document agreed = Jsoup.parse(centre.get("/my?lang=en").body());
        assertThat(agreed.select("#handover").text()).isEqualTo("Agreed, to hand over (1)");
        assertThat(agreed.select(".site-nav a[href=/matches]").text()).isEqualTo("My matches (1)");
    }

    @Test
    void aProposalIsDeclinedFromMyPageWithAReasonInPlace() {
        Proposed proposed = proposed("my-decline", "PDV07", "bg");
        Browser centre = proposed.centre();
        long matchId = proposed.matchId();

        Document my = Jsoup.parse(centre.get("/my?lang=en").body());
        assertThat(my.select("#waiting-" + matchId + " details summary").text()).isEqualTo("Decline…");
        assertThat(my.select("#waiting-" + matchId + " select[name=reason]").attr("id")).isEqualTo("reason-" + matchId);

        HttpResponse<String> declined = centre.postHtmx("/my/matches/" + matchId + "/decline",
                Map.of("reason", "NO_LONGER_NEEDED"));

        assertThat(Jsoup.parse(declined.body()).select("li#waiting-" + matchId).text())
            .contains("You declined the proposal.");
        var match = matches.findById(matchId).orElseThrow();
        assertThat(match.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(match.declineReason()).isEqualTo(bg.inkindmatch.web.match.DeclineReason.NO_LONGER_NEEDED);
        HttpResponse<String> tooLate = proposed.company().post("/my/matches/" + matchId + "/accept?lang=en", Map.of());
        assertThat(Jsoup.parse(tooLate.body()).select("p.flash").text())
            .isEqualTo("Nothing changed: the proposal no longer waits for your answer.");
        assertThat(matches.findById(matchId).orElseThrow().status()).isEqualTo(MatchStatus.DECLINED);
    }

    @Test
    void signingInLandsOnMyPageAndACoordinatorSeesTheQueue() {
        register(browser(), "CENTRE", "Център чака одобрение", "my-pending@example.org", "", "SLS31");
        confirmRegistration("my-pending@example.org");

        Browser coordinator = signIn(COORDINATOR);
        Document page = Jsoup.parse(coordinator.get("/my?lang=en").body());
        assertThat(page.select("#queue").text()).isEqualTo("Coordination");
        assertThat(page.select("section[aria-labelledby=queue] li").first().text())
            .startsWith("Registrations waiting for approval (");
        assertThat(browser().get("/my").uri().getPath()).isEqualTo("/sign-in");
        assertThat(page.select(".site-nav a[href=/coordinator/organisations]").text())
            .matches("Organisations \\(\\d+\\)");
        assertThat(page.select("#week").text()).startsWith("The last seven days (");
        assertThat(page.select(".figures dt").eachText()).containsExactly("Proposals made", "Agreed by both sides",
                "Declined", "Handed over", "Units handed over");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private bg.inkindmatch.web.post.PostAttention attention;

    private static int leftOutCount(Browser coordinator) {
        String text = Jsoup.parse(coordinator.get("/my?lang=en").body()).select("a[href=/coordinator/posts]").text();
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    @Test
    void aCoordinatorCountsOnlyTheLeftOutPostsOfTheirProvinces() {
        Proposed proposed = proposed("left-out", "PDV22", "bg");
        long offerId = matches.findById(proposed.matchId()).orElseThrow().offerId();
        Browser national = signIn(COORDINATOR);
        Browser varna = regionalCoordinator("left-out-varna@example.org", "VAR");
        int nationalBefore = leftOutCount(national);
        int varnaBefore = leftOutCount(varna);

        attention.leftOut(bg.inkindmatch.web.post.Side.OFFER, offerId, new IllegalStateException("unreadable"));

        assertThat(leftOutCount(national)).isEqualTo(nationalBefore + 1);
        assertThat(leftOutCount(varna)).isEqualTo(varnaBefore);
    }

    @Test
    void aHandoverOverdueIsListedForTheCoordinatorsOfItsProvince() {
        AgreedTraining training = agreedTraining("overdue", "PDV12");
        jdbc.sql("update match_proposal set decided_at = :long_ago where id = :id")
            .param("long_ago", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(20))))
            .param("id", training.matchId())
            .update();

        Document national = Jsoup.parse(signIn(COORDINATOR).get("/my?lang=en").body());
        assertThat(national.select("#stuck-" + training.matchId()).text()).contains("agreed on");
        assertThat(national.select("#stuck-" + training.matchId() + " a").attr("href"))
            .isEqualTo("/coordinator/matches/" + training.matchId());

        Browser elsewhere = regionalCoordinator("overdue-varna@example.org", "VAR");
        assertThat(Jsoup.parse(elsewhere.get("/my?lang=en").body()).select("#stuck-" + training.matchId())).isEmpty();
    }

}
