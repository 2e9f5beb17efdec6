package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.OwnTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs the owed matching rounds off the request thread, one at a time on this instance. A
 * family asked for while it already waits in the queue is not queued again, so a burst of
 * fifty saves costs one or two rounds; before a round the family is claimed in the
 * database ({@link RoundsWanted}), so across instances one runs it and the others skip. A
 * round that fails stays owed, and the catch-up job asks for it again.
 */
@Component
class RoundWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoundWorker.class);

    /**
     * How long a claim holds: longer than any round takes, short enough that a round of a
     * dead instance is taken over soon.
     */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MatchingRounds rounds;

    private final RoundsWanted wanted;

    private final OwnTransaction ownTransaction;

    private final Clock clock;

    private final String instance = "instance-" + UUID.randomUUID();

    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "matching-round");
        thread.setDaemon(true);
        return thread;
    });

    RoundWorker(MatchingRounds rounds, RoundsWanted wanted, OwnTransaction ownTransaction, Clock clock) {
        this.rounds = rounds;
        this.wanted = wanted;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    /** Asks for the family's owed rounds to run soon; returns at once. */
    void nudge(String family) {
        if (queued.add(family)) {
            executor.execute(() -> {
                queued.remove(family);
                runOwed(family);
            });
        }
    }

    /** Asks for every owed round that no instance is running (the catch-up job). */
    void catchUp() {
        wanted.owed(clock.instant()).forEach(this::nudge);
    }

    /**
     * Runs rounds of the family while it owes one and this instance can claim it; a
     * change saved during a round makes the family owe another.
     */
    private void runOwed(String family) {
        Optional<Long> covering;
        while ((covering = ownTransaction.call(status -> wanted.claim(family, instance, clock.instant(), LEASE)))
            .isPresent()) {
            try {
                rounds.runFamily(family);
            }
            catch (RuntimeException failed) {
                log.warn("Matching round of {} failed; the catch-up job will run it again", family, failed);
                ownTransaction.run(status -> wanted.release(family, instance));
                return;
            }
            long covered = covering.get();
            ownTransaction.run(status -> wanted.done(family, instance, covered));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

}
