package bg.inkindmatch.web.match;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to a proposal over time: a reminder, the expiry, and for an agreed match
 * the handover.
 */
class ProposalLifecycleTest extends WebFlowTest {

    @Autowired
    private MatchEventRepository events;

    @Autowired
    private ProposalDeadlines deadlines;

    private record Pair(Browser company, Browser centre, Match match) {
    }

    /**
     * A company and a centre in a municipality of the test's own, with a proposal of 6 IT
     * items.
     */
    private Pair proposed(String tag, String municipality) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", municipality);
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                new HashMap<>(Map.of("title", "Компютри " + tag, "description", "", "category", "equipment.it", "unit",
                        "PCS", "quantity", "6", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency",
                        "NORMAL", "handover", municipality, "handoverPoint", "Общината")));
        registerApproved("COMPANY", "ИТ " + tag, "company-" + tag + "@example.org", municipality);
        Browser company = signIn("company-" + tag + "@example.org");
        company.get("/offers/new");
        company.post("/offers",
                new HashMap<>(Map.of("title", "Лаптопи " + tag, "description", "", "category", "equipment.it", "unit",
                        "PCS", "quantity", "6", "availableFrom", LocalDate.now().toString(), "availableUntil",
                        LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        awaitRounds();
        textsSeen();
        long offerId = offerTitled("Лаптопи " + tag);
        Match match = matches.findAll().stream().filter(m -> m.offerId() == offerId).findFirst().orElseThrow();
        inbox.await("centre-" + tag + "@example.org", "Proposed match");
        inbox.await("company-" + tag + "@example.org", "Proposed match");
        clearInbox();
        return new Pair(company, centre, match);
    }

    private void expiresIn(Match match, Duration duration) {
        jdbc.sql("update match_proposal set expires_at = :at where id = :id")
            .param("at", Timestamp.from(Instant.now().plus(duration)))
            .param("id", match.id())
            .update();
    }

    @Test
    void anUnansweredProposalExpiresAndGivesItsUnitsBack() {
        Pair pair = proposed("expire", "LOV02");
        assertThat(fairnessCountOfNeedsCentre(pair.match().needId())).isEqualTo(1);
        expiresIn(pair.match(), Duration.ofMinutes(-1));

        deadlines.run();

        Match expired = matches.findById(pair.match().id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(MatchStatus.EXPIRED);
        assertThat(offers.findById(expired.offerId()).orElseThrow().remaining()).isEqualTo(6);
        assertThat(needs.findById(expired.needId()).orElseThrow().remaining()).isEqualTo(6);
        assertThat(events.findByMatchIdOrderByIdAsc(expired.id())).last()
            .extracting(MatchEvent::channel, MatchEvent::toStatus)
            .containsExactly(Channel.EXPIRY_JOB, MatchStatus.EXPIRED);
        assertThat(fairnessCountOfNeedsCentre(expired.needId())).as("an expired match no longer counts").isZero();
        deadlines.run();
        assertThat(events.findByMatchIdOrderByIdAsc(expired.id())).hasSize(2);
    }

    @Test
    void theSidesThatHaveNotAnsweredAreRemindedOnceBeforeExpiry() {
        Pair pair = proposed("remind", "LOV17");
        String detail = "/matches/" + pair.match().id();
        pair.company().get(detail);
        pair.company().post(detail + "/accept", Map.of());
        expiresIn(pair.match(), Duration.ofHours(2));

        deadlines.run();
        deadlines.run();

        assertThat(inbox.await("centre-remind@example.org", "Reminder")).isNotNull();
        assertThat(inbox.to("centre-remind@example.org")).extracting(bg.inkindmatch.web.support.Inbox::subject)
            .filteredOn(subject -> subject.startsWith("Reminder"))
            .hasSize(1);
        assertThat(inbox.to("company-remind@example.org")).extracting(bg.inkindmatch.web.support.Inbox::subject)
            .noneMatch(subject -> subject.startsWith("Reminder"));
        assertThat(matches.findById(pair.match().id()).orElseThrow().remindedAt()).isNotNull();
    }

    @Test
    void eitherSideMarksAnAgreedMatchDeliveredAndTheQuantitiesSettle() {
        Pair pair = proposed("deliver", "LOV18");
        String detail = "/matches/" + pair.match().id();
        pair.company().get(detail);
        pair.company().post(detail + "/accept", Map.of());
        pair.centre().get(detail);
        pair.centre().post(detail + "/accept", Map.of());

        assertThat(pair.centre().get(detail + "?lang=en").body()).contains(detail + "/delivered");
        var confirm = pair.centre().get(detail + "/delivered");
        assertThat(confirm.body()).contains("Confirm the handover", "Yes, it was handed over");
        assertThat(matches.findById(pair.match().id()).orElseThrow().status()).as("a GET changes nothing")
            .isEqualTo(MatchStatus.AGREED);
        var done = pair.centre().post(detail + "/delivered", Map.of());
        assertThat(done.body()).contains("The handover is recorded.");
        pair.company().get(detail);
        pair.company().post(detail + "/delivered", Map.of());

        Match delivered = matches.findById(pair.match().id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MatchStatus.DELIVERED);
        assertThat(offers.findById(delivered.offerId()).orElseThrow().status()).isEqualTo(PostStatus.EXHAUSTED);
        assertThat(needs.findById(delivered.needId()).orElseThrow().status()).isEqualTo(PostStatus.EXHAUSTED);
        assertThat(events.findByMatchIdOrderByIdAsc(delivered.id())).extracting(MatchEvent::toStatus)
            .containsExactly(MatchStatus.PROPOSED, MatchStatus.PROPOSED, MatchStatus.AGREED, MatchStatus.DELIVERED);
    }

    @Test
    void bothSidesSeeTheAgreedMatchInTheirHistoryWithTheOtherSideAndExportItInTheirLanguage() {
        Pair pair = proposed("history", "LOV19");
        String detail = "/matches/" + pair.match().id();
        pair.company().get(detail);
        pair.company().post(detail + "/accept", Map.of());
        pair.centre().get(detail);
        pair.centre().post(detail + "/accept", Map.of());

        String today = LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
            .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        assertThat(pair.company().get("/history?lang=en").body()).contains("What we gave", "Лаптопи history",
                "6 pieces", "Център history", today, "agreed");
        assertThat(pair.centre().get("/history?lang=en").body()).contains("What we received", "Компютри history",
                "ИТ history");

        var csv = pair.centre().get("/history.csv");
        assertThat(csv.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).contains("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFF")
            .contains("\"Date\",\"Status\",\"Other side\",\"Offer\",\"Need\",\"Category\",\"Quantity\",\"Unit\"", "\""
                    + today
                    + "\",\"agreed\",\"ИТ history\",\"Лаптопи history\",\"Компютри history\",\"IT equipment\",\"6\",\"pcs\",\"Lukovit\"");

        String bulgarian = pair.centre().get("/history.csv?lang=bg").body();
        String day = LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(bulgarian).startsWith("\uFEFF\"Дата\";\"Състояние\";\"Другата страна\";")
            .contains("\"" + day + "\";\"договорено\";\"ИТ history\";\"Лаптопи history\";\"Компютри history\";");

        HttpResponse<byte[]> xlsx = pair.company().download("/history.xlsx?lang=bg");
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
            .hasValueSatisfying(value -> assertThat(value).contains("inkind-history.xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Другата страна");
            assertThat(rows.get(1).getCellAsDate(0)).hasValueSatisfying(date -> assertThat(date.toLocalDate())
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))));
            assertThat(rows.get(1).getCellText(2)).isEqualTo("Център history");
            assertThat(rows.get(1).getCellAsNumber(6))
                .hasValueSatisfying(units -> assertThat(units).isEqualByComparingTo("6"));
        }
        catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

}
