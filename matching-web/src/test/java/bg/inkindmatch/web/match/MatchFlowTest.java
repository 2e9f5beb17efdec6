package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** After a post is saved, a matching round proposes matches; both sides answer them. */
class MatchFlowTest extends WebFlowTest {

    private static Map<String, String> offer(String title, int quantity) {
        return PostFields.offer(title)
            .of("consumables.stationery", "SET")
            .with("quantity", Integer.toString(quantity))
            .with("availableUntil", LocalDate.now().plusDays(30).toString())
            .with("reach", "MUNICIPALITY")
            .form();
    }

    private static Map<String, String> need(String title, int quantity, String municipality) {
        return PostFields.need(title)
            .of("consumables.stationery", "SET")
            .with("quantity", Integer.toString(quantity))
            .with("neededBy", LocalDate.now().plusDays(20).toString())
            .with("handover", municipality)
            .with("handoverPoint", "Офисът на търговската камара, ул. Александровска")
            .form();
    }

    private record Pair(Browser company, Browser centre, Match match) {
    }

    /**
     * A centre needs stationery, a company in the same municipality offers it (only
     * there), and the round proposes the match. Each test uses a municipality of its own,
     * so that its posts meet only each other.
     */
    private Pair proposed(String tag, int offered, int needed, String municipality) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org");
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs", need("Канцеларски материали " + tag, needed, municipality));
        registerApproved("COMPANY", "Печатница " + tag, "company-" + tag + "@example.org", municipality);
        Browser company = signIn("company-" + tag + "@example.org");
        company.get("/offers/new");
        company.post("/offers", offer("Комплекти " + tag, offered));
        awaitRounds();
        textsSeen();
        long offerId = offerTitled("Комплекти " + tag);
        List<Match> proposed = matches.findAll().stream().filter(m -> m.offerId() == offerId).toList();
        assertThat(proposed).hasSize(1);
        return new Pair(company, centre, proposed.get(0));
    }

    @Test
    void aNewOfferIsProposedToTheNeedItFitsAndItsUnitsAreReserved() {
        Pair pair = proposed("reserve", 25, 40, "RSE03");

        assertThat(pair.match().units()).isEqualTo(25);
        assertThat(pair.match().status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(offers.findById(pair.match().offerId()).orElseThrow().remaining()).isZero();
        assertThat(needs.findById(pair.match().needId()).orElseThrow().remaining()).isEqualTo(15);
        assertThat(pair.centre().get("/matches?lang=en").body()).contains("Комплекти reserve", "proposed");
        assertThat(pair.company().get("/matches").body()).contains("Канцеларски материали reserve");
    }

    @Test
    void contactsAppearOnlyWhenBothSidesAccepted() {
        Pair pair = proposed("agree", 10, 10, "RSE27");
        String detail = "/matches/" + pair.match().id();

        assertThat(pair.company().get(detail + "?lang=en").body())
            .contains("same category: Stationery", "both in Ruse municipality")
            .doesNotContain("centre-agree@example.org", "ул. Александровска");
        pair.centre().get(detail);
        pair.centre().post(detail + "/accept", Map.of());
        assertThat(matches.findById(pair.match().id()).orElseThrow().status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(pair.centre().get(detail + "?lang=en").body()).contains("You answered")
            .doesNotContain("company-agree@example.org");

        pair.company().get(detail);
        pair.company().post(detail + "/accept", Map.of());

        assertThat(matches.findById(pair.match().id()).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);
        assertThat(pair.company().get(detail).body()).contains("centre-agree@example.org", "ул. Александровска");
        assertThat(pair.centre().get(detail).body()).contains("company-agree@example.org", "Печатница agree");
    }

    @Test
    void aDeclinedProposalGivesItsUnitsBack() {
        Pair pair = proposed("decline", 10, 30, "RSE05");
        String detail = "/matches/" + pair.match().id();
        assertThat(pair.centre().get(detail).body()).contains("Защо? (по желание)", "Твърде далеч");
        assertThat(fairnessCountOfNeedsCentre(pair.match().needId())).as("counts for fairness while proposed")
            .isEqualTo(1);

        pair.centre().post(detail + "/decline", Map.of("reason", "TOO_FAR"));
        pair.centre().post(detail + "/accept", Map.of());

        Match declined = matches.findById(pair.match().id()).orElseThrow();
        assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(declined.centreAnswer()).isEqualTo(Answer.DECLINED);
        assertThat(declined.declineReason()).isEqualTo(DeclineReason.TOO_FAR);
        assertThat(offers.findById(declined.offerId()).orElseThrow().remaining()).isEqualTo(10);
        assertThat(needs.findById(declined.needId()).orElseThrow().remaining()).isEqualTo(30);
        assertThat(fairnessCountOfNeedsCentre(declined.needId())).as("a declined match no longer counts").isZero();
    }

    @Test
    void aSecondClickChangesNothing() {
        Pair pair = proposed("twice", 5, 5, "RSE08");
        String detail = "/matches/" + pair.match().id();
        pair.company().get(detail);

        pair.company().post(detail + "/accept", Map.of());
        pair.company().post(detail + "/decline", Map.of("reason", "x".repeat(5000)));

        Match match = matches.findById(pair.match().id()).orElseThrow();
        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.companyAnswer()).isEqualTo(Answer.ACCEPTED);
    }

    @Test
    void theCoordinatorSeesEveryPostAndMatchButMembersDoNot() {
        Pair pair = proposed("overview", 5, 5, "RSE33");
        Browser coordinator = signIn(COORDINATOR);

        assertThat(coordinator.get("/coordinator/posts").body()).contains("Комплекти overview",
                "Канцеларски материали overview");
        assertThat(coordinator.get("/coordinator/matches").body()).contains("Комплекти overview", "Печатница overview");
        assertThat(pair.company().get("/coordinator/matches").statusCode()).isEqualTo(403);
        assertThat(pair.centre().get("/coordinator/posts").statusCode()).isEqualTo(403);
    }

    @Test
    void theCoordinatorSeesWhoChangedAMatchWhenAndHow() {
        Pair pair = proposed("audit", 5, 5, "RSE37");
        String detail = "/matches/" + pair.match().id();
        pair.centre().get(detail);
        pair.centre().post(detail + "/accept", Map.of());
        Browser coordinator = signIn(COORDINATOR);

        String page = coordinator.get("/coordinator/matches/" + pair.match().id() + "?lang=en").body();

        assertThat(page).contains("matching round", "button in the application", "centre-audit@example.org",
                "CENTRE ACCEPTED");
        assertThat(pair.company().get("/coordinator/matches/" + pair.match().id()).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiListsTheOrganisationsOwnMatchesOnly() {
        Pair pair = proposed("api", 5, 5, "SLS01");

        String mine = pair.centre().get("/api/v1/matches").body();

        assertThat(mine).contains("\"offerTitle\":\"Комплекти api\"", "\"status\":\"PROPOSED\"",
                "\"otherOrganisation\":null");
        assertThat(pair.company().get("/api/v1/matches").body()).contains("Комплекти api");
        registerApproved("COMPANY", "Друга фирма api", "other-api@example.org");
        assertThat(signIn("other-api@example.org").get("/api/v1/matches").body()).doesNotContain("Комплекти api");
        assertThat(browser().get("/api/v1/matches").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void anotherOrganisationCanNeitherSeeNorAnswerAMatch() {
        Pair pair = proposed("foreign", 5, 5, "RSE13");
        Browser stranger = signedIn("COMPANY", "Чужда фирма", "stranger@example.org");
        stranger.get("/matches");

        assertThat(stranger.get("/matches").body()).doesNotContain("Комплекти foreign");
        assertThat(stranger.get("/matches/" + pair.match().id()).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/matches/" + pair.match().id() + "/accept", Map.of()).statusCode()).isEqualTo(404);
        assertThat(matches.findById(pair.match().id()).orElseThrow().companyAnswer()).isNull();
    }

}
