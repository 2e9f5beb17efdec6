package bg.inkindmatch.web.match;

import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each member chooses per-proposal e-mails, a daily digest or none, from the link in
 * every e-mail or on the settings page; a CRITICAL need's proposals go at once; a centre
 * can pause new proposals.
 */
class MailPreferencesFlowTest extends WebFlowTest {

    private static final Pattern PREFERENCES_LINK = Pattern.compile("https?://\\S+/e/\\S+");

    private static final Pattern ANSWER_LINK = Pattern.compile("https?://\\S+/m/\\S+");

    @Autowired
    private MatchDigests digests;

    @Autowired
    private ProposalDeadlines deadlines;

    private Browser centreNeeding(String tag, String category, String municipality, String language, String urgency,
            int hours) {
        return centreNeeding(tag, category, "HOUR", municipality, language, urgency, hours);
    }

    private Browser centreNeeding(String tag, String category, String unit, String municipality, String language,
            String urgency, int quantity) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", municipality, language);
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                new HashMap<>(Map.of("title", "Нужда " + tag, "description", "", "category", category, "unit", unit,
                        "quantity", Integer.toString(quantity), "neededBy", LocalDate.now().plusDays(20).toString(),
                        "urgency", urgency, "handover", municipality, "handoverPoint", "Общината " + tag)));
        return centre;
    }

    private Browser company(String tag, String municipality, String language) {
        registerApproved("COMPANY", "Фирма " + tag, "company-" + tag + "@example.org", municipality, language);
        return signIn("company-" + tag + "@example.org");
    }

    private static void offer(Browser company, String title, String category, int hours) {
        company.get("/offers/new");
        company.post("/offers", new HashMap<>(Map.of("title", title, "description", "", "category", category, "unit",
                "HOUR", "quantity", Integer.toString(hours), "availableFrom", LocalDate.now().toString(),
                "availableUntil", LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", "")));
    }

    private static void choose(Browser member, MailPreference preference, boolean paused) {
        member.get("/settings?lang=en");
        // as a browser sends the form: the hidden marker says the checkbox was there,
        // even when unticked
        Map<String, String> form = new HashMap<>(Map.of("mailPreference", preference.name(), "_proposalsPaused", "on"));
        if (paused) {
            form.put("proposalsPaused", "true");
        }
        member.post("/settings", form);
    }

    private StoredOrganisation organisation(String email) {
        return organisations.findByEmail(email).orElseThrow();
    }

    private List<Match> matchesOfNeedTitled(String title) {
        return jdbc.sql(
                "select m.id from match_proposal m join need n on n.id = m.need_id where n.title = :title order by m.id")
            .param("title", title)
            .query(Long.class)
            .list()
            .stream()
            .map(id -> matches.findById(id).orElseThrow())
            .toList();
    }

    private static List<String> links(Pattern pattern, MimeMessage mail) {
        Matcher matcher = pattern.matcher(Inbox.text(mail));
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String path(String link, String from) {
        return link.substring(link.indexOf(from));
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name, ",");
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits a moment so that an e-mail that should not come would have come. */
    private void noMoreMailFor(String email, String subjectPart) {
        await().during(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(5))
            .until(() -> inbox.to(email).stream().noneMatch(m -> Inbox.subject(m).contains(subjectPart)));
    }

    @Test
    void everyMatchMailLinksToThePreferencesWhichWorkWithoutSigningInAndOneClickStops() {
        centreNeeding("prefs", "services.legal", "HKV09", "en", "NORMAL", 10);
        offer(company("prefs", "HKV09", "en"), "Правни часове prefs", "services.legal", 10);
        MimeMessage proposal = inbox.await("centre-prefs@example.org", "Proposed match");

        assertThat(Inbox.text(proposal)).contains("change or stop these e-mails");
        String preferences = links(PREFERENCES_LINK, proposal).get(0);
        assertThat(header(proposal, "List-Unsubscribe")).isEqualTo("<" + preferences + "/stop>");
        assertThat(header(proposal, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        Browser anonymous = browser();
        HttpResponse<String> page = anonymous.get(path(preferences, "/e/") + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Център prefs", "One daily digest", "No e-mail");
        HttpResponse<String> saved = anonymous.post(path(preferences, "/e/"), Map.of("mailPreference", "DAILY"));
        assertThat(saved.body()).contains("Saved: you will get one daily digest");
        assertThat(organisation("centre-prefs@example.org").mailPreference()).isEqualTo(MailPreference.DAILY);

        HttpResponse<String> wrong = anonymous.post(path(preferences, "/e/"), Map.of("mailPreference", "WEEKLY"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Choose one of the options");
        assertThat(organisation("centre-prefs@example.org").mailPreference()).isEqualTo(MailPreference.DAILY);

        long company = organisation("company-prefs@example.org").id();
        String forged = path(preferences, "/e/").replaceFirst("prefs\\.\\d+\\.", "prefs." + company + ".");
        assertThat(anonymous.get(forged).statusCode()).isEqualTo(400);
        assertThat(anonymous.postRaw(forged + "/stop", Map.of()).statusCode()).isEqualTo(400);
        assertThat(organisation("company-prefs@example.org").mailPreference()).isEqualTo(MailPreference.IMMEDIATE);

        // what a mail program does with List-Unsubscribe-Post: a POST without any page or
        // CSRF token
        HttpResponse<String> stopped = browser().postRaw(path(preferences, "/e/") + "/stop",
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(organisation("centre-prefs@example.org").mailPreference()).isEqualTo(MailPreference.NONE);
    }

    @Test
    void aMemberWhoStoppedMailGetsNoProposalMailButSeesTheMatchInTheApplication() {
        Browser centre = centreNeeding("quiet", "services.repair", "HKV11", "en", "CRITICAL", 6);
        choose(centre, MailPreference.NONE, false);
        offer(company("quiet", "HKV11", "en"), "Ремонт quiet", "services.repair", 6);

        inbox.await("company-quiet@example.org", "Proposed match");
        noMoreMailFor("centre-quiet@example.org", "Proposed match");
        assertThat(matchesOfNeedTitled("Нужда quiet")).hasSize(1);
        textsSeen();
        assertThat(centre.get("/matches?lang=en").body()).contains("Ремонт quiet");
    }

    @Test
    void theSettingsFormRejectsAnUnknownChoiceNextToTheFieldAndChangesNothing() {
        Browser centre = centreNeeding("form", "services.accounting", "HKV17", "en", "NORMAL", 3);

        HttpResponse<String> page = centre.get("/settings?lang=en");
        assertThat(page.body()).contains("One e-mail for each proposed match", "Pause incoming proposals");
        HttpResponse<String> rejected = centre.post("/settings", Map.of("mailPreference", "HOURLY"));

        assertThat(rejected.body()).contains("class=\"field-error\" id=\"mailPreference-error\"");
        assertThat(organisation("centre-form@example.org").mailPreference()).isEqualTo(MailPreference.IMMEDIATE);
        assertThat(organisation("centre-form@example.org").proposalsPaused()).isFalse();
    }

    @Test
    void theDailyDigestGathersTheProposalsInEachMembersLanguageAndItsLinksAnswer() {
        Browser centre = centreNeeding("digest", "services.transport", "HKV18", "bg", "NORMAL", 20);
        choose(centre, MailPreference.DAILY, false);
        Browser company = company("digest", "HKV18", "en");
        choose(company, MailPreference.DAILY, false);
        offer(company, "Превоз сутрин digest", "services.transport", 5);
        offer(company, "Превоз вечер digest", "services.transport", 5);
        assertThat(matchesOfNeedTitled("Нужда digest")).hasSize(2);
        noMoreMailFor("centre-digest@example.org", "Предложено свързване");
        noMoreMailFor("company-digest@example.org", "Proposed match");

        digests.run();

        MimeMessage toCentre = inbox.await("centre-digest@example.org", "Свързвания за деня: 2");
        // the other side's posts by their category: nothing the company wrote is in the
        // centre's e-mail
        assertThat(Inbox.text(toCentre))
            .contains("Нови предложени свързвания (2)", "Нужда digest", "Транспорт", "5 час", "Приемам")
            .doesNotContain("Превоз сутрин digest", "Превоз вечер digest");
        MimeMessage toCompany = inbox.await("company-digest@example.org", "Your matches today: 2");
        assertThat(Inbox.text(toCompany)).contains("New proposed matches (2)", "Transport", "Accept", "Decline")
            .doesNotContain("centre-digest@example.org", "Мария Иванова", "Общината digest");
        assertThat(links(PREFERENCES_LINK, toCompany)).isNotEmpty();

        String accept = links(ANSWER_LINK, toCentre).stream()
            .filter(l -> l.contains(".accepted."))
            .findFirst()
            .orElseThrow();
        Browser anonymous = browser();
        anonymous.get(path(accept, "/m/"));
        anonymous.post(path(accept, "/m/"), Map.of());
        assertThat(matchesOfNeedTitled("Нужда digest")).anyMatch(m -> m.centreAnswer() == Answer.ACCEPTED);

        clearInbox();
        digests.run();
        noMoreMailFor("centre-digest@example.org", "Свързвания за деня");
    }

    @Test
    void aCriticalNeedsProposalGoesAtOnceEvenToADigestMember() {
        Browser centre = centreNeeding("critical", "services.psychological", "HKV19", "en", "CRITICAL", 8);
        choose(centre, MailPreference.DAILY, false);
        Browser company = company("critical", "HKV19", "en");
        choose(company, MailPreference.DAILY, false);
        offer(company, "Консултации critical", "services.psychological", 8);

        assertThat(Inbox.text(inbox.await("centre-critical@example.org", "Proposed match")))
            .contains("Нужда critical", "Psychological")
            .doesNotContain("Консултации critical");
        inbox.await("company-critical@example.org", "Proposed match");
    }

    @Test
    void theDigestRemindsOfProposalsAboutToExpireInsteadOfASeparateReminder() {
        Browser centre = centreNeeding("soon", "employment.internship", "POSITION", "HKV28", "en", "NORMAL", 2);
        choose(centre, MailPreference.DAILY, false);
        Browser company = company("soon", "HKV28", "en");
        company.get("/offers/new");
        company.post("/offers",
                new HashMap<>(Map.of("title", "Стаж soon", "description", "", "category", "employment.internship",
                        "unit", "POSITION", "quantity", "2", "availableFrom", LocalDate.now().toString(),
                        "availableUntil", LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY",
                        "conditions", "")));
        inbox.await("company-soon@example.org", "Proposed match");
        digests.run();
        inbox.await("centre-soon@example.org", "Your matches today: 1");
        clearInbox();

        Match match = matchesOfNeedTitled("Нужда soon").get(0);
        jdbc.sql("update match_proposal set expires_at = :at where id = :id")
            .param("at", Timestamp.from(Instant.now().plus(Duration.ofHours(12))))
            .param("id", match.id())
            .update();
        deadlines.run();
        inbox.await("company-soon@example.org", "Reminder");
        noMoreMailFor("centre-soon@example.org", "Reminder");

        digests.run();
        MimeMessage lastChance = inbox.await("centre-soon@example.org", "Your matches today: 1");
        assertThat(Inbox.text(lastChance)).contains("Waiting for your answer", "Нужда soon")
            .doesNotContain("New proposed matches", "Стаж soon");
    }

    @Test
    void aCentreThatPausedIncomingProposalsGetsNoneUntilItResumes() {
        Browser centre = centreNeeding("pause", "employment.job", "POSITION", "HKV29", "en", "HIGH", 1);
        choose(centre, MailPreference.IMMEDIATE, true);
        assertThat(organisation("centre-pause@example.org").proposalsPaused()).isTrue();
        Browser company = company("pause", "HKV29", "en");
        company.get("/offers/new");
        company.post("/offers",
                new HashMap<>(Map.of("title", "Работа pause", "description", "", "category", "employment.job", "unit",
                        "POSITION", "quantity", "1", "availableFrom", LocalDate.now().toString(), "availableUntil",
                        LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        awaitRounds();
        assertThat(matchesOfNeedTitled("Нужда pause")).isEmpty();
        assertThat(centre.get("/settings?lang=en").body())
            .contains("id=\"proposalsPaused\" name=\"proposalsPaused\" value=\"true\" checked=\"checked\"");

        choose(centre, MailPreference.IMMEDIATE, false);
        awaitRounds();

        assertThat(matchesOfNeedTitled("Нужда pause")).hasSize(1);
        inbox.await("centre-pause@example.org", "Proposed match");
    }

}
