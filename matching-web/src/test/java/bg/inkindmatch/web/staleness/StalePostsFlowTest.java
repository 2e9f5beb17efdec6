package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts do not go stale silently: a post without activity for 30 days is asked "still
 * needed / still available?" with a one-click link, and closed if nobody confirms within
 * the grace period.
 */
class StalePostsFlowTest extends WebFlowTest {

    private static final Pattern STILL_LINK = Pattern.compile("https?://\\S+/still/\\S+");

    private static final Duration MONTH_AND_A_DAY = Duration.ofDays(31);

    @Autowired
    private StalePosts stalePosts;

    private Browser centreWithNeed(String tag, String municipality) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", municipality);
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs", needForm(tag, municipality, "3"));
        return centre;
    }

    private static Map<String, String> needForm(String tag, String municipality, String quantity) {
        return new HashMap<>(Map.of("title", "Перални " + tag, "description", "", "category", "equipment.appliances",
                "unit", "PCS", "quantity", quantity, "neededBy", LocalDate.now().plusDays(60).toString(), "urgency",
                "NORMAL", "handover", municipality, "handoverPoint", "Общината " + tag));
    }

    private long needId(String tag) {
        return jdbc.sql("select id from need where title = :title")
            .param("title", "Перални " + tag)
            .query(Long.class)
            .single();
    }

    private String needStatus(String tag) {
        return jdbc.sql("select status from need where title = :title")
            .param("title", "Перални " + tag)
            .query(String.class)
            .single();
    }

    private void quietForAMonth(String table, long id) {
        jdbc.sql("update " + table + " set updated_at = :then where id = :id")
            .param("then", Timestamp.from(Instant.now().minus(MONTH_AND_A_DAY)))
            .param("id", id)
            .update();
    }

    private void askedDaysAgo(long needId, int days) {
        jdbc.sql("update stale_check set asked_at = :then where side = 'NEED' and post_id = :id")
            .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(days))))
            .param("id", needId)
            .update();
    }

    private boolean isAsked(long needId) {
        return jdbc.sql("select count(*) from stale_check where side = 'NEED' and post_id = :id")
            .param("id", needId)
            .query(Integer.class)
            .single() == 1;
    }

    private static String stillLink(MimeMessage mail) {
        Matcher matcher = STILL_LINK.matcher(Inbox.text(mail));
        assertThat(matcher.find()).as("a still-needed link in: %s", Inbox.text(mail)).isTrue();
        String link = matcher.group();
        return link.substring(link.indexOf("/still/"));
    }

    @Test
    void aQuietNeedIsAskedAndTheLinkConfirmsItWithoutSigningIn() {
        centreWithNeed("asked", "KRZ02");
        long need = needId("asked");
        quietForAMonth("need", need);

        stalePosts.run();

        MimeMessage question = inbox.await("centre-asked@example.org", "still current");
        assertThat(Inbox.text(question)).contains("Перални asked", "Is it still needed?", "Yes, still needed",
                "If nobody confirms, we close it on " + LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
                    .plusDays(7)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        Browser anonymous = browser();
        HttpResponse<String> page = anonymous.get(stillLink(question) + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Still needed?", "Перални asked");
        assertThat(isAsked(need)).isTrue();

        HttpResponse<String> confirmed = anonymous.post(stillLink(question), Map.of());
        assertThat(confirmed.body()).contains("stays open");
        assertThat(isAsked(need)).isFalse();
        assertThat(needStatus("asked")).isEqualTo("OPEN");

        askedDaysAgo(need, 8);
        stalePosts.run();
        assertThat(needStatus("asked")).isEqualTo("OPEN");
        anonymous.get(stillLink(question));
        assertThat(anonymous.post(stillLink(question), Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNeedNobodyConfirmsIsClosedAfterTheGracePeriodAndItsOrganisationIsTold() {
        centreWithNeed("unconfirmed", "KRZ08");
        long need = needId("unconfirmed");
        quietForAMonth("need", need);
        stalePosts.run();
        String link = stillLink(inbox.await("centre-unconfirmed@example.org", "still current"));

        askedDaysAgo(need, 6);
        stalePosts.run();
        assertThat(needStatus("unconfirmed")).isEqualTo("OPEN");

        askedDaysAgo(need, 8);
        stalePosts.run();
        assertThat(needStatus("unconfirmed")).isEqualTo("EXPIRED");
        MimeMessage closed = inbox.await("centre-unconfirmed@example.org", "Closed");
        assertThat(Inbox.text(closed)).contains("We closed the need “Перални unconfirmed”", "/needs/new");

        HttpResponse<String> late = browser().get(link + "?lang=en");
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("Already closed");
        assertThat(needStatus("unconfirmed")).isEqualTo("EXPIRED");
    }

    @Test
    void anEditAfterTheQuestionKeepsThePostOpen() {
        Browser centre = centreWithNeed("edited", "KRZ14");
        long need = needId("edited");
        quietForAMonth("need", need);
        stalePosts.run();
        inbox.await("centre-edited@example.org", "still current");

        centre.get("/needs/" + need + "/edit");
        centre.post("/needs/" + need, needForm("edited", "KRZ14", "4"));
        askedDaysAgo(need, 8);
        stalePosts.run();

        assertThat(needStatus("edited")).isEqualTo("OPEN");
        assertThat(isAsked(need)).isFalse();
    }

    @Test
    void aChangedLinkIsRefusedAndChangesNothing() {
        centreWithNeed("tampered", "KRZ15");
        long need = needId("tampered");
        quietForAMonth("need", need);
        stalePosts.run();
        String link = stillLink(inbox.await("centre-tampered@example.org", "still current"));

        String otherPost = link.replace("still.need." + need + ".", "still.need." + (need + 1000) + ".");
        String otherSide = link.replace("still.need.", "still.offer.");
        assertThat(otherPost).isNotEqualTo(link);
        assertThat(otherSide).isNotEqualTo(link);
        Browser anonymous = browser();
        assertThat(anonymous.get(otherPost).statusCode()).isEqualTo(400);
        assertThat(anonymous.get(otherSide).statusCode()).isEqualTo(400);
        assertThat(anonymous.get("/still/garbage").statusCode()).isEqualTo(400);
        assertThat(isAsked(need)).isTrue();
    }

    @Test
    void aQuietOfferIsAskedWhetherItIsStillAvailable() {
        registerApproved("COMPANY", "Фирма fridges", "company-fridges@example.org", "KRZ16");
        Browser company = signIn("company-fridges@example.org");
        company.get("/offers/new");
        company.post("/offers", new HashMap<>(Map.of("title", "Хладилници fridges", "description", "", "category",
                "equipment.appliances", "unit", "PCS", "quantity", "2", "availableFrom", LocalDate.now().toString(),
                "availableUntil", LocalDate.now().plusDays(90).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        long offer = jdbc.sql("select id from offer where title = 'Хладилници fridges'").query(Long.class).single();
        quietForAMonth("offer", offer);

        stalePosts.run();

        MimeMessage question = inbox.await("company-fridges@example.org", "still current");
        assertThat(Inbox.text(question)).contains("Хладилници fridges", "Is it still available?");
        assertThat(browser().get(stillLink(question) + "?lang=en").body()).contains("Yes, still available");
    }

    @Test
    void aMemberWhoStoppedMailSeesTheQuestionOnItsListAndAnswersThere() {
        Browser centre = centreWithNeed("onlist", "KRZ21");
        centre.get("/settings");
        centre.post("/settings", Map.of("mailPreference", "NONE", "_proposalsPaused", "on"));
        long need = needId("onlist");
        quietForAMonth("need", need);

        stalePosts.run();

        assertThat(isAsked(need)).isTrue();
        assertThat(inbox.to("centre-onlist@example.org")).isEmpty();
        String list = centre.get("/needs?lang=en").body();
        assertThat(list).contains("Yes, still needed",
                "it closes on " + LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
                    .plusDays(7)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
        String confirm = Jsoup.parse(list).select("form[action^=/still/]").attr("action");
        assertThat(confirm).startsWith("/still/");
        centre.post(confirm, Map.of());
        assertThat(isAsked(need)).isFalse();
        assertThat(centre.get("/needs?lang=en").body()).doesNotContain("Yes, still needed");
    }

}
