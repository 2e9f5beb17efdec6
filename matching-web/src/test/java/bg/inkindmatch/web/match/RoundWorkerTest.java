package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

/**
 * Rounds run off the request: a save answers at once and the member's list says that
 * matches are being looked for until the round is done; a burst of saves costs a few
 * rounds, not one each; a change whose round never ran (the instance died after the save
 * committed) is matched by the catch-up job.
 */
@TestPropertySource(properties = "inkind.matching.check-every=1s")
class RoundWorkerTest extends WebFlowTest {

    @MockitoSpyBean
    private MatchingRounds rounds;

    @Autowired
    private RoundsWanted wanted;

    private final CountDownLatch release = new CountDownLatch(1);

    /** Holds every round until {@link #release} opens. */
    private void holdRounds() {
        doAnswer(invocation -> {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return invocation.callRealMethod();
        }).when(rounds).runFamily(anyString());
    }

    @AfterEach
    void letRoundsRun() {
        release.countDown();
        Mockito.reset(rounds);
        awaitRounds();
    }

    @Test
    void aSaveAnswersAtOnceAndTheListSaysLookingUntilTheRoundIsDone() {
        Browser centre = signedIn("CENTRE", "Център worker", "centre-worker@example.org");
        centre.get("/needs/new");
        centre.post("/needs", PostFields.need("Столове worker").of("equipment.furniture", "PCS").form());
        awaitRounds();
        holdRounds();
        Browser company = signedIn("COMPANY", "Мебели worker", "company-worker@example.org");
        company.get("/offers/new");

        HttpResponse<String> saved = company.post("/offers?lang=en",
                PostFields.offer("Маси worker").of("equipment.furniture", "PCS").form());

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Looking for matches for your posts", "hx-trigger=\"every 2s\"");
        long offer = offerTitled("Маси worker");
        assertThat(matches.findAll()).noneMatch(m -> m.offerId() == offer);

        release.countDown();
        awaitRounds();
        assertThat(matches.findAll()).anyMatch(m -> m.offerId() == offer);
        assertThat(company.get("/offers?lang=en").body()).doesNotContain("Looking for matches");
    }

    @Test
    void aBurstOfFiftySavesCostsAFewRounds() {
        Browser centre = signedIn("CENTRE", "Център burst", "centre-burst@example.org");
        awaitRounds();
        Mockito.clearInvocations(rounds);
        holdRounds();
        for (int i = 0; i < 50; i++) {
            centre.get("/needs/new");
            centre.post("/needs", PostFields.need("Бюро burst " + i).of("equipment.furniture", "PCS").form());
        }
        release.countDown();
        awaitRounds();

        // one round was held while the others queued behind it: at most the held one and
        // the one that covers the burst, and one more if a save came between the two
        verify(rounds, atMost(3)).runFamily(eq("equipment"));
    }

    @Test
    void aChangeWhoseRoundNeverRanIsMatchedByTheCatchUpJob() {
        registerApproved("CENTRE", "Център crash", "centre-crash@example.org");
        registerApproved("COMPANY", "Мебели crash", "company-crash@example.org");
        long centre = organisations.findByEmail("centre-crash@example.org").orElseThrow().id();
        long company = organisations.findByEmail("company-crash@example.org").orElseThrow().id();
        awaitRounds();
        // what a save commits: the posts and the family's mark; the instance dies before
        // its worker runs the round
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                values (:centre, 'Шкаф crash', '', 'equipment.furniture', 'PCS', 2, 2, current_date + 20, 'NORMAL',
                    'RSE27', 'Общината', 'OPEN', current_timestamp, current_timestamp)""")
            .param("centre", centre)
            .update();
        jdbc.sql("""
                insert into offer (organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                values (:company, 'Шкафове crash', '', 'equipment.furniture', 'PCS', 2, 2, current_date,
                    current_date + 40, 'RSE27', 'MUNICIPALITY', '', 'OPEN', current_timestamp, current_timestamp)""")
            .param("company", company)
            .update();
        wanted.want("equipment", Instant.now());

        long offer = offerTitled("Шкафове crash");
        await().atMost(Duration.ofSeconds(20))
            .until(() -> matches.findAll().stream().anyMatch(m -> m.offerId() == offer));
        awaitRounds();
    }

}
