package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import bg.inkindmatch.web.system.OwnTransaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable marks of owed rounds on each real database: one instance at a time runs a
 * family's round, a dead instance's claim runs out, and a change made during a round
 * leaves the family owing another.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ RoundsWanted.class, OwnTransaction.class, JdbcMappingConfiguration.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class RoundsWantedContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    private RoundsWanted wanted;

    @Test
    void oneInstanceClaimsAFamilyAndTheOthersSkipUntilItsLeaseRunsOut() {
        wanted.want("consumables", NOW);
        wanted.want("consumables", NOW);

        assertThat(wanted.claim("consumables", "a", NOW, LEASE)).contains(2L);
        assertThat(wanted.claim("consumables", "b", NOW.plusSeconds(1), LEASE)).isEmpty();
        assertThat(wanted.owed(NOW.plusSeconds(1))).doesNotContain("consumables");
        // instance a died: its claim runs out and b takes the round over
        assertThat(wanted.owed(NOW.plus(LEASE).plusSeconds(1))).contains("consumables");
        assertThat(wanted.claim("consumables", "b", NOW.plus(LEASE).plusSeconds(1), LEASE)).contains(2L);
        wanted.done("consumables", "b", 2);

        assertThat(wanted.owes(List.of("consumables"))).isFalse();
        assertThat(wanted.claim("consumables", "c", NOW.plus(LEASE).plusSeconds(2), LEASE)).isEmpty();
    }

    @Test
    void theFirstChangesOfAFamilyAtOnceAllMarkItWithoutColliding() throws Exception {
        ExecutorService saves = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> firsts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                firsts.add(() -> {
                    wanted.want("venue", NOW);
                    return null;
                });
            }
            for (Future<Object> first : saves.invokeAll(firsts)) {
                first.get();
            }
        }
        finally {
            saves.shutdown();
        }

        assertThat(wanted.claim("venue", "a", NOW, LEASE)).contains(8L);
    }

    @Test
    void aChangeDuringARoundLeavesTheFamilyOwingAnother() {
        wanted.want("equipment", NOW);
        long covering = wanted.claim("equipment", "a", NOW, LEASE).orElseThrow();
        wanted.want("equipment", NOW.plusSeconds(1));
        wanted.done("equipment", "a", covering);

        assertThat(wanted.owes(List.of("equipment"))).isTrue();
        assertThat(wanted.claim("equipment", "a", NOW.plusSeconds(2), LEASE)).contains(covering + 1);
    }

    @Test
    void aFailedRoundGivesUpItsClaimAndStaysOwed() {
        wanted.want("services", NOW);
        wanted.claim("services", "a", NOW, LEASE).orElseThrow();
        wanted.release("services", "a");

        assertThat(wanted.owed(NOW)).contains("services");
        // a late "done" of an instance that no longer holds the claim covers nothing
        assertThat(wanted.claim("services", "b", NOW, LEASE)).isPresent();
        wanted.done("services", "a", 1);
        assertThat(wanted.owes(List.of("services"))).isTrue();
    }

}
