package bg.inkindmatch.web.training;

import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a workplace training is agreed, its provider schedules the sessions and the side
 * that asked for it receives each as a calendar invitation that calendar programs read:
 * parsed back here with ical4j, changed and cancelled with the same UID, a reminder the
 * day before, attendance as a number and feedback that names nobody.
 */
class TrainingSessionFlowTest extends WebFlowTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    @Autowired
    private TrainingSessions trainingSessions;

    private static Map<String, String> session(LocalDate day, String start, String minutes, String place,
            String seats) {
        return Map.of("day", day.toString(), "start", start, "minutes", minutes, "place", place, "seats", seats);
    }

    private List<MimeMessage> mailsTo(String email, String subject, int expected) {
        await().until(() -> inbox.to(email).stream().filter(m -> Inbox.subject(m).contains(subject)).count(),
                count -> count >= expected);
        return inbox.to(email).stream().filter(m -> Inbox.subject(m).contains(subject)).toList();
    }

    private static Calendar parsed(MimeMessage mail) throws IOException, ParserException {
        String ics = Inbox.calendar(mail).orElseThrow(() -> new AssertionError("no calendar attached"));
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void theCompanyReceivesEachSessionAsACalendarInvitationAndItsChangeAndCancellation()
            throws IOException, ParserException {
        AgreedTraining training = agreedTraining("ical", "RSE13");
        String sessions = "/matches/" + training.matchId() + "/sessions";
        LocalDate first = LocalDate.now(SOFIA).plusDays(10);
        LocalDate second = LocalDate.now(SOFIA).plusDays(17);

        assertThat(training.company().get("/matches/" + training.matchId() + "?lang=en").body()).contains(sessions);
        training.centre().get(sessions + "?lang=en");
        training.centre().post(sessions, session(first, "10:00", "120", "Залата на камарата", "13"));
        training.centre().get(sessions);
        training.centre().post(sessions, session(second, "14:30", "90", "https://meet.example.org/obuchenie", "12"));

        List<MimeMessage> invitations = mailsTo(training.companyEmail(), "New training session", 2);
        Calendar one = parsed(invitations.get(0));
        Calendar two = parsed(invitations.get(1));
        assertThat(one.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent firstEvent = event(one);
        assertThat(value(firstEvent, "DTSTART")).isEqualTo(first.atTime(10, 0)
            .atZone(SOFIA)
            .withZoneSameInstant(ZoneId.of("UTC"))
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
        assertThat(value(firstEvent, "LOCATION")).isEqualTo("Залата на камарата");
        assertThat(value(firstEvent, "SUMMARY")).isEqualTo("Обучение ical");
        assertThat(value(firstEvent, "SEQUENCE")).isEqualTo("0");
        assertThat(value(firstEvent, "ORGANIZER")).isEqualTo("mailto:" + training.centreEmail());
        assertThat(value(firstEvent, "ATTENDEE")).isEqualTo("mailto:" + training.companyEmail());
        assertThat(value(event(two), "UID")).isNotEqualTo(value(firstEvent, "UID"));
        assertThat(Inbox.text(invitations.get(0))).contains("13 seats", training.matchId() + "/sessions");
        assertThat(training.centre().get("/matches/" + training.matchId() + "/sessions?lang=bg").body())
            .contains("13 места");
        assertThat(training.centre().get("/matches/" + training.matchId() + "/sessions?lang=en").body())
            .contains("13 seats");

        long firstId = jdbc.sql("select min(id) from training_session where match_id = :id")
            .param("id", training.matchId())
            .query(Long.class)
            .single();
        training.centre().get(sessions + "/" + firstId + "/edit");
        training.centre().post(sessions + "/" + firstId, session(first, "11:00", "120", "Заседателната зала", "13"));
        VEvent changed = event(parsed(mailsTo(training.companyEmail(), "Session changed", 1).get(0)));
        assertThat(value(changed, "UID")).isEqualTo(value(firstEvent, "UID"));
        assertThat(value(changed, "SEQUENCE")).isEqualTo("1");
        assertThat(value(changed, "LOCATION")).isEqualTo("Заседателната зала");

        training.centre().get(sessions);
        training.centre().post(sessions + "/" + firstId + "/cancel", Map.of());
        Calendar cancellation = parsed(mailsTo(training.companyEmail(), "Session cancelled", 1).get(0));
        assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(event(cancellation), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event(cancellation), "SEQUENCE")).isEqualTo("2");

        var download = training.company().download(sessions + "/" + firstId + "/invite.ics");
        assertThat(download.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(
                new CalendarBuilder().build(new java.io.ByteArrayInputStream(download.body())).getComponents("VEVENT"))
            .hasSize(1);
    }

    @Test
    void anAddressWithCharactersAUriMayNotHoldStillGetsItsInvitation() throws IOException, ParserException {
        // "|" is allowed in the local part of an address (RFC 5322 atext) but not in a
        // URI:
        // scheduling answered 500 before
        AgreedTraining training = agreedTraining("pipe|mail", "GAB05");
        String sessions = "/matches/" + training.matchId() + "/sessions";
        training.centre().get(sessions + "?lang=en");
        var scheduled = training.centre()
            .post(sessions, session(LocalDate.now(SOFIA).plusDays(5), "10:00", "60", "Залата на камарата", "5"));

        assertThat(scheduled.statusCode()).isEqualTo(200);
        VEvent event = event(parsed(mailsTo(training.companyEmail(), "New training session", 1).get(0)));
        assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:training-company-pipe%7Cmail@example.org");
    }

    @Test
    void onlyTheProviderSchedulesAndABadSessionIsRefusedNextToItsField() {
        AgreedTraining training = agreedTraining("rules", "RSE33");
        String sessions = "/matches/" + training.matchId() + "/sessions";

        Document requesterPage = Jsoup.parse(training.company().get(sessions + "?lang=en").body());
        assertThat(requesterPage.select("#schedule")).isEmpty();
        training.company().get(sessions);
        assertThat(training.company()
            .post(sessions, session(LocalDate.now(SOFIA).plusDays(3), "10:00", "60", "Зала", "5"))
            .statusCode()).isEqualTo(404);

        training.centre().get(sessions + "?lang=en");
        Document refused = Jsoup.parse(training.centre()
            .post(sessions, session(LocalDate.now(SOFIA).minusDays(1), "25:99", "5", "Зала 0888 123 456", "0"))
            .body());
        assertThat(refused.select("#day-error").text()).isEqualTo("Choose a day from today to a year ahead.");
        assertThat(refused.select("#start-error")).isNotEmpty();
        assertThat(refused.select("#place-error")).isNotEmpty();
        assertThat(count("select count(*) from training_session where match_id = :value", training.matchId())).isZero();
        assertThat(browser().get("/matches/" + training.matchId() + "/sessions").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void aReminderTheDayBeforeThenAttendanceAndFeedbackThatNamesNobody() {
        AgreedTraining training = agreedTraining("after", "RSE03");
        String sessions = "/matches/" + training.matchId() + "/sessions";
        ZonedDateTime soon = ZonedDateTime.now(SOFIA).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        training.centre().get(sessions);
        training.centre()
            .post(sessions, session(soon.toLocalDate(), String.format("%02d:00", soon.getHour()), "120",
                    "Залата на камарата", "25"));
        mailsTo(training.companyEmail(), "New training session", 1);

        trainingSessions.remind();
        assertThat(Inbox.text(mailsTo(training.companyEmail(), "Reminder for tomorrow", 1).get(0)))
            .contains("Обучение after", "Залата на камарата");
        trainingSessions.remind();
        assertThat(
                inbox.to(training.companyEmail()).stream().filter(m -> Inbox.subject(m).contains("Reminder")).count())
            .isOne();

        long id = jdbc.sql("select id from training_session where match_id = :id")
            .param("id", training.matchId())
            .query(Long.class)
            .single();
        // the session took place: its start is moved to the past, as the clock would
        jdbc.sql("update training_session set starts_at = starts_at - interval '1' day,"
                + " ends_at = ends_at - interval '1' day where id = :id")
            .param("id", id)
            .update();
        training.centre().get(sessions);
        training.centre().post(sessions + "/" + id + "/attendance", Map.of("attended", "22"));
        assertThat(count("select attended from training_session where id = :value", id)).isEqualTo(22);

        String feedbackLink = Inbox.firstLink(mailsTo(training.companyEmail(), "How was the training", 1).get(0));
        assertThat(feedbackLink).endsWith(sessions + "/" + id + "/feedback");
        String feedback = sessions + "/" + id + "/feedback";
        training.company().get(feedback + "?lang=en");
        Document named = Jsoup.parse(training.company()
            .post(feedback, Map.of("rating", "5", "comment", "Звънете на Мария на 0888 123 456"))
            .body());
        assertThat(named.select("#comment-error")).isNotEmpty();
        training.company().get(feedback);
        training.company().post(feedback, Map.of("rating", "5", "comment", "Много полезно за екипа."));
        assertThat(training.centre().get(sessions + "?lang=en").body()).contains("22 came", "Rated 5 of 5.",
                "Много полезно за екипа.");
        assertThat(Jsoup.parse(training.company().get("/history?lang=en").body()).select("td").eachText())
            .contains("22 people trained in 1 session, rated 5 of 5");
        assertThat(training.company().get("/history.csv").body()).contains("22 people trained in 1 session");

        LocalDate held = soon.minusDays(1).toLocalDate();
        Document impact = Jsoup
            .parse(signIn(COORDINATOR).get("/coordinator/impact?lang=en&from=" + held + "&to=" + held + "&province=RSE")
                .body());
        assertThat(impact.select("#table-trained tbody tr").eachText()).contains("Company 22 1");
    }

}
