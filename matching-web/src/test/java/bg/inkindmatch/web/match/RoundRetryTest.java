package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * A round that meets a deadlock (seen as "Deadlock detected" in the reservations with
 * eight members posting at once) retries; one that keeps failing is owed and run by the
 * catch-up job, so no saved post is left without its round.
 */
@TestPropertySource(properties = "inkind.matching.check-every=1s")
class RoundRetryTest extends WebFlowTest {

    @MockitoSpyBean
    private Reservations reservations;

    @Autowired
    private RoundsWanted wanted;

    private static final DeadlockLoserDataAccessException DEADLOCK = new DeadlockLoserDataAccessException(
            "Deadlock detected", null);

    /**
     * A need and an offer of the given tag that can only meet each other; returns the
     * offer's id.
     */
    private long needAndOffer(String tag, String municipality) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", municipality);
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                new HashMap<>(Map.of("title", "Мебели " + tag, "description", "", "category", "equipment.furniture",
                        "unit", "PCS", "quantity", "3", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency",
                        "NORMAL", "handover", municipality, "handoverPoint", "Общината")));
        registerApproved("COMPANY", "Мебели " + tag, "company-" + tag + "@example.org", municipality);
        Browser company = signIn("company-" + tag + "@example.org");
        company.get("/offers/new");
        company.post("/offers",
                new HashMap<>(Map.of("title", "Столове " + tag, "description", "", "category", "equipment.furniture",
                        "unit", "PCS", "quantity", "3", "availableFrom", LocalDate.now().toString(), "availableUntil",
                        LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", "")));
        return offerTitled("Столове " + tag);
    }

    @Test
    void aRoundThatMeetsADeadlockRetriesAndProposes() {
        doThrow(DEADLOCK).doThrow(DEADLOCK).doCallRealMethod().when(reservations).take(anyLong(), anyLong(), anyInt());

        long offer = needAndOffer("deadlock", "SHU30");
        awaitRounds();

        assertThat(matches.findAll()).anyMatch(m -> m.offerId() == offer);
        assertThat(wanted.owesAny()).isFalse();
        reset(reservations);
    }

    @Test
    void aRoundThatKeepsFailingIsOwedAndTheCatchUpJobProposesLater() {
        // stubbed once: the round thread calls the spy all along, so it is not stubbed
        // again
        AtomicBoolean deadlocks = new AtomicBoolean(true);
        doAnswer(invocation -> {
            if (deadlocks.get()) {
                throw DEADLOCK;
            }
            return invocation.callRealMethod();
        }).when(reservations).take(anyLong(), anyLong(), anyInt());

        long offer = needAndOffer("owed", "SLV20");

        // the family stays owed while its rounds fail, and the catch-up job keeps trying
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(wanted::owesAny);
        assertThat(matches.findAll()).noneMatch(m -> m.offerId() == offer);

        deadlocks.set(false);
        await().atMost(Duration.ofSeconds(15))
            .until(() -> matches.findAll().stream().anyMatch(m -> m.offerId() == offer));
        awaitRounds();
        assertThat(wanted.owesAny()).isFalse();
        reset(reservations);
    }

}
