package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both sides get the proposal by e-mail and answer it with one click, as a person would.
 */
class MatchEmailFlowTest extends WebFlowTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/m/\\S+");

    @Autowired
    private MatchEventRepository events;

    @Autowired
    private MatchLinks links;

    private record Proposal(Match match, MimeMessage toCompany, MimeMessage toCentre, String tag) {
    }

    /**
     * A centre needs furniture in a municipality of its own, a company there offers it: a
     * proposal.
     */
    private Proposal proposal(String tag, String municipality) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", municipality);
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        Map<String, String> need = new HashMap<>(
                Map.of("title", "Маси " + tag, "description", "", "category", "equipment.furniture", "unit", "PCS",
                        "quantity", "4", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency", "HIGH",
                        "handover", municipality, "handoverPoint", "Залата на общината " + tag));
        centre.post("/needs", need);
        registerApproved("COMPANY", "Мебели " + tag, "company-" + tag + "@example.org", municipality);
        Browser company = signIn("company-" + tag + "@example.org");
        company.get("/offers/new");
        company.post("/offers", new HashMap<>(Map.of("title", "Маси за занимания " + tag, "description", "", "category",
                "equipment.furniture", "unit", "PCS", "quantity", "4", "availableFrom", LocalDate.now().toString(),
                "availableUntil", LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        awaitRounds();
        long offerId = offerTitled("Маси за занимания " + tag);
        Match match = matches.findAll().stream().filter(m -> m.offerId() == offerId).findFirst().orElseThrow();
        return new Proposal(match, inbox.await("company-" + tag + "@example.org", "Proposed match"),
                inbox.await("centre-" + tag + "@example.org", "Proposed match"), tag);
    }

    private static List<String> answerLinks(MimeMessage mail) {
        Matcher matcher = LINK.matcher(Inbox.text(mail));
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String acceptLink(MimeMessage mail) {
        return answerLinks(mail).stream().filter(l -> l.contains(".accepted.")).findFirst().orElseThrow();
    }

    private static String declineLink(MimeMessage mail) {
        return answerLinks(mail).stream().filter(l -> l.contains(".declined.")).findFirst().orElseThrow();
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/m/"));
    }

    @Test
    void bothSidesGetTheProposalWithReasonsAndNoContactOfTheOtherSide() {
        Proposal proposal = proposal("mail", "PVN24");

        String toCompany = Inbox.text(proposal.toCompany());
        assertThat(Inbox.subject(proposal.toCompany())).isEqualTo("Proposed match: Маси за занимания mail");
        String neededBy = LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
            .plusDays(20)
            .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
        assertThat(toCompany)
            .contains("Маси за занимания mail", "Furniture", "4 pieces", "high urgency",
                    "With: a centre in the Pleven province", "Needed by: " + neededBy)
            .as("nothing the centre wrote: its need by its category")
            .doesNotContain("Маси mail", "centre-mail@example.org", "Мария Иванова", "+359", "Залата на общината",
                    "Център mail");
        assertThat(Inbox.text(proposal.toCentre())).contains("With: a company from Pleven")
            .doesNotContain("company-mail@example.org", "Мария Иванова", "+359");
        assertThat(answerLinks(proposal.toCompany())).hasSize(2);
    }

    @Test
    void theProposalsHtmlHasTwoLargeSeparateAnswerButtonsThatNeedNoCss() {
        Proposal proposal = proposal("buttons", "PVN24");

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Inbox.html(proposal.toCentre()));

        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.title()).isEqualTo("Proposed match: Маси buttons");
        var answers = html.select("td.answer");
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).text()).isEqualTo("Accept");
        assertThat(answers.get(0).selectFirst("a").attr("href")).contains(".accepted.");
        assertThat(answers.get(1).text()).isEqualTo("Decline");
        assertThat(answers.get(1).selectFirst("a").attr("href")).contains(".declined.");
        // each in a row of its own, a spacer row between, coloured by attributes a client
        // without CSS keeps
        assertThat(answers.get(0).parent()).isNotEqualTo(answers.get(1).parent());
        assertThat(answers.get(0).parent().nextElementSibling().text()).isBlank();
        assertThat(answers).allSatisfy(cell -> assertThat(cell.attr("bgcolor")).isNotBlank());
        assertThat(answers).allSatisfy(cell -> assertThat(cell.select("font").attr("color")).isEqualTo("#ffffff"));
        assertThat(html.text()).contains("With: a company from Pleven");
    }

    @Test
    void aLinkShowsAConfirmationPageAndOnlyItsButtonAnswers() {
        Proposal proposal = proposal("click", "PVN03");
        Browser anonymous = browser();

        HttpResponse<String> page = anonymous.get(path(acceptLink(proposal.toCentre())) + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("I accept the match", "Маси click");
        assertThat(matches.findById(proposal.match().id()).orElseThrow().centreAnswer()).isNull();

        HttpResponse<String> done = anonymous.post(path(acceptLink(proposal.toCentre())), Map.of());
        assertThat(done.body()).contains("We are waiting for the other side");
        assertThat(matches.findById(proposal.match().id()).orElseThrow().centreAnswer()).isEqualTo(Answer.ACCEPTED);
    }

    @Test
    void whenBothAcceptByLinkTheMatchIsAgreedAndBothAreToldWithALinkToTheMatchPage() {
        Proposal proposal = proposal("both", "PVN08");
        Browser centre = browser();
        centre.get(path(acceptLink(proposal.toCentre())) + "?lang=en");
        centre.post(path(acceptLink(proposal.toCentre())), Map.of());
        Browser company = browser();
        company.get(path(acceptLink(proposal.toCompany())) + "?lang=en");

        HttpResponse<String> done = company.post(path(acceptLink(proposal.toCompany())), Map.of());

        assertThat(done.body()).contains("the match is agreed");
        assertThat(matches.findById(proposal.match().id()).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);
        MimeMessage agreed = inbox.await("centre-both@example.org", "Agreed match");
        assertThat(Inbox.firstLink(agreed)).endsWith("/matches/" + proposal.match().id());
        assertThat(Inbox.text(agreed)).doesNotContain("company-both@example.org");
        inbox.await("company-both@example.org", "Agreed match");
        assertThat(events.findByMatchIdOrderByIdAsc(proposal.match().id()))
            .extracting(MatchEvent::channel, MatchEvent::toStatus, MatchEvent::actor)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.ROUND, MatchStatus.PROPOSED, "system"),
                    org.assertj.core.groups.Tuple.tuple(Channel.EMAIL_LINK, MatchStatus.PROPOSED,
                            "centre-both@example.org"),
                    org.assertj.core.groups.Tuple.tuple(Channel.EMAIL_LINK, MatchStatus.AGREED,
                            "company-both@example.org"));
    }

    @Test
    void aReusedLinkChangesNothing() {
        Proposal proposal = proposal("reuse", "PVN10");
        Browser browser = browser();
        browser.get(path(acceptLink(proposal.toCentre())));
        browser.post(path(acceptLink(proposal.toCentre())), Map.of());

        HttpResponse<String> again = browser.get(path(declineLink(proposal.toCentre())) + "?lang=en");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("You have answered already");
        assertThat(matches.findById(proposal.match().id()).orElseThrow().centreAnswer()).isEqualTo(Answer.ACCEPTED);
    }

    @Test
    void aForgedLinkIsRefused() {
        Proposal proposal = proposal("forged", "PVN11");
        String link = path(acceptLink(proposal.toCompany()));
        String otherSide = link.replace(".company.", ".centre.");
        String otherMatch = link.replaceFirst("/m/match\\.\\d+\\.", "/m/match." + (proposal.match().id() + 1000) + ".");
        String declined = link.replace(".accepted.", ".declined.");

        for (String forged : List.of(otherSide, otherMatch, declined, "/m/garbage", link + "x", link + ".")) {
            HttpResponse<String> page = browser().get(forged + "?lang=en");
            assertThat(page.statusCode()).as(forged).isEqualTo(400);
            assertThat(page.body()).contains("The link is not valid");
        }
        Match unchanged = matches.findById(proposal.match().id()).orElseThrow();
        assertThat(unchanged.companyAnswer()).isNull();
        assertThat(unchanged.centreAnswer()).isNull();
    }

    @Test
    void anExpiredLinkIsRefused() {
        Proposal proposal = proposal("late", "PVN16");
        String expired = "/m/" + links.token(proposal.match().id(), Match.Side.CENTRE, Answer.ACCEPTED,
                Instant.now().minusSeconds(60));

        HttpResponse<String> page = browser().get(expired + "?lang=en");

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("The link has expired");
        assertThat(matches.findById(proposal.match().id()).orElseThrow().centreAnswer()).isNull();
    }

    @Test
    void aDeclineByLinkReleasesTheUnits() {
        Proposal proposal = proposal("no", "PVN21");
        Browser browser = browser();
        assertThat(browser.get(path(declineLink(proposal.toCompany()))).body()).contains("Вече не е нужно");

        browser.post(path(declineLink(proposal.toCompany())), Map.of("reason", "NOT_A_REASON"));

        Match declined = matches.findById(proposal.match().id()).orElseThrow();
        assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(declined.declineReason()).isNull();
        assertThat(offers.findById(declined.offerId()).orElseThrow().remaining()).isEqualTo(4);
    }

}
