package bg.inkindmatch.web.post;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text that a member writes reaches anonymous visitors, the API and other
 * organisations only after a coordinator of its province has seen it: until then they see
 * the category in place of the title. A coordinator publishes it or sends it back with a
 * reason; an edit of the text asks again; a reported text is hidden at once.
 */
class TextReviewFlowTest extends WebFlowTest {

    private static final String PROVINCE = "JAM";

    private static final String MUNICIPALITY = "JAM25";

    /** The public board of needs of the province, as an anonymous visitor reads it. */
    private String board() {
        return browser().get("/board?side=needs&province=" + PROVINCE + "&lang=en").body();
    }

    private String api() {
        return browser().get("/api/v1/needs?province=" + PROVINCE + "&size=100").body();
    }

    /** The entry of the coordinator's queue on My page for the need, if it is listed. */
    private static Element queueEntry(Browser coordinator, long needId) {
        Document my = Jsoup.parse(coordinator.get("/my?lang=en").body());
        return my.getElementById("text-need-" + needId);
    }

    private long needTitled(String title) {
        return needs.findAll().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void aNeedsTextIsPublicOnlyOnceACoordinatorOfItsProvinceHasSeenIt() {
        String title = "Пелени размер 4 за малки деца";
        String description = "Нужни до края на месеца, опаковки по 40 броя";
        registerApproved("CENTRE", "Център Ямбол текстове", "texts-centre@example.org", MUNICIPALITY);
        Browser centre = signIn("texts-centre@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                PostFields.need(title)
                    .of("consumables.children", "PACK")
                    .with("quantity", "40")
                    .with("description", description)
                    .with("handover", MUNICIPALITY)
                    .with("handoverPoint", "Общината в Тунджа")
                    .form());
        long needId = needTitled(title);

        assertThat(board()).doesNotContain(title).contains("Children");
        assertThat(api()).doesNotContain(title).contains("\"titleReviewed\":false");
        assertThat(centre.get("/needs?lang=en").body()).contains(title).contains("Waiting for a coordinator");

        registerApproved("COMPANY", "Фирма Ямбол текстове", "texts-company@example.org", MUNICIPALITY);
        Browser company = signIn("texts-company@example.org");
        company.get("/offers/new");
        company.post("/offers",
                PostFields.offer("Пелени от склада").of("consumables.children", "PACK").with("quantity", "10").form());
        MimeMessage proposal = inbox.await("texts-company@example.org", "Proposed match");
        assertThat(Inbox.text(proposal)).as("the centre's text is not in the company's e-mail")
            .doesNotContain(title)
            .doesNotContain(description);
        long matchId = matches.findAll().stream().filter(m -> m.needId() == needId).findFirst().orElseThrow().id();
        assertThat(company.get("/matches/" + matchId + "?lang=en").body()).doesNotContain(title)
            .doesNotContain("Общината в Тунджа");
        assertThat(company.get("/matches?lang=en").body()).doesNotContain(title);
        assertThat(company.get("/api/v1/matches").body()).doesNotContain(title);

        Browser lead = regionalCoordinator("texts-lead@example.org", PROVINCE);
        Element entry = queueEntry(lead, needId);
        assertThat(entry).as("the need waits in the queue of its province's coordinator").isNotNull();
        assertThat(entry.text()).contains(title, description, "Общината в Тунджа");
        assertThat(queueEntry(regionalCoordinator("texts-elsewhere@example.org", "RSE"), needId))
            .as("not in the queue of another province")
            .isNull();

        lead.get("/my");
        assertThat(lead
            .post("/coordinator/texts/need/" + needId + "/approve",
                    Map.of("digest", entry.selectFirst("input[name=digest]").val()))
            .body()).contains("The text is published.");

        assertThat(board()).contains(title);
        assertThat(api()).contains(title);
        assertThat(company.get("/matches/" + matchId + "?lang=en").body()).contains(title);
        assertThat(queueEntry(lead, needId)).isNull();
    }

    @Test
    void anEditedTextWaitsAgainAndATextSentBackIsWithheldUntilChanged() {
        String title = "Учебници за 3 клас";
        registerApproved("CENTRE", "Център Ямбол връщане", "texts-back@example.org", "JAM07");
        Browser centre = signIn("texts-back@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                PostFields.need(title).of("consumables.stationery", "SET").with("handover", "JAM07").form());
        long needId = needTitled(title);
        Browser lead = regionalCoordinator("texts-back-lead@example.org", PROVINCE);
        String seen = queueEntry(lead, needId).selectFirst("input[name=digest]").val();
        lead.get("/my");
        lead.post("/coordinator/texts/need/" + needId + "/approve", Map.of("digest", seen));
        assertThat(board()).contains(title);

        centre.get("/needs/" + needId + "/edit");
        centre.post("/needs/" + needId,
                PostFields.need(title)
                    .of("consumables.stationery", "SET")
                    .with("handover", "JAM07")
                    .with("description", "За момичето на семейство Петрови")
                    .form());
        assertThat(board()).as("the changed text is withheld until seen").doesNotContain(title);
        lead.get("/my");
        assertThat(lead.post("/coordinator/texts/need/" + needId + "/approve", Map.of("digest", seen)).body())
            .as("the old text's approval does not publish the new one")
            .contains("the member changed the text since");
        assertThat(board()).doesNotContain(title);

        String changed = queueEntry(lead, needId).selectFirst("input[name=digest]").val();
        lead.get("/my");
        lead.post("/coordinator/texts/need/" + needId + "/send-back",
                Map.of("digest", changed, "reason", "Описанието назовава семейство"));

        MimeMessage told = inbox.await("texts-back@example.org", "sent back");
        assertThat(Inbox.text(told)).contains("/needs/" + needId + "/edit").doesNotContain("Петрови");
        assertThat(centre.get("/needs?lang=en").body()).contains("Sent back by a coordinator")
            .contains("Описанието назовава семейство");
        assertThat(board()).doesNotContain(title);
        assertThat(queueEntry(lead, needId)).as("sent back: out of the queue until changed").isNull();

        centre.get("/needs/" + needId + "/edit");
        centre.post("/needs/" + needId,
                PostFields.need(title).of("consumables.stationery", "SET").with("handover", "JAM07").form());
        assertThat(queueEntry(lead, needId)).as("changed: in the queue again").isNotNull();
    }

    @Test
    void aMemberReportsAPublishedTextAndTheCoordinatorHidesItAtOnce() {
        String title = "Хигиенни пакети за Ямбол";
        registerApproved("CENTRE", "Център Ямбол сигнал", "texts-report@example.org", "JAM22");
        Browser centre = signIn("texts-report@example.org");
        centre.get("/needs/new");
        centre.post("/needs", PostFields.need(title).with("handover", "JAM22").form());
        long needId = needTitled(title);
        Browser lead = regionalCoordinator("texts-report-lead@example.org", PROVINCE);
        lead.get("/my");
        lead.post("/coordinator/texts/need/" + needId + "/approve",
                Map.of("digest", queueEntry(lead, needId).selectFirst("input[name=digest]").val()));

        Browser reporter = signedIn("COMPANY", "Фирма сигнал", "texts-reporter@example.org");
        Document page = Jsoup.parse(reporter.get("/board?side=needs&province=" + PROVINCE + "&lang=en").body());
        Element report = page.selectFirst("form[action=/report/need/" + needId + "]");
        assertThat(report).as("a member can report the published post").isNotNull();
        assertThat(reporter.post("/report/need/" + needId, Map.of()).body()).contains("A coordinator will look");

        Element entry = queueEntry(lead, needId);
        assertThat(entry.text()).contains("Reported as showing personal data (1)");
        lead.get("/my");
        lead.post("/coordinator/texts/need/" + needId + "/send-back",
                Map.of("digest", entry.selectFirst("input[name=digest]").val(), "reason", "Сигнал: лични данни"));

        assertThat(board()).doesNotContain(title);
        assertThat(api()).doesNotContain(title);
        assertThat(browser().get("/board?side=needs&province=" + PROVINCE).body()).doesNotContain("/report/");
        assertThat(reporter.post("/report/need/999999999", Map.of()).statusCode()).isEqualTo(404);
    }

}
