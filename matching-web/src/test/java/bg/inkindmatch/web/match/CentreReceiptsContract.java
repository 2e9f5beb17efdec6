package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.OrganisationRows;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre's fairness count follows its matches that hold units: up when a round proposes
 * one, down when it is declined or expires, only within the window, and exact when rounds
 * count a centre's first match of a day at the same moment; on each real database.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CentreReceipts.class, JdbcMappingConfiguration.class, CentreReceiptsContract.SystemClock.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class CentreReceiptsContract {

    @Autowired
    private CentreReceipts receipts;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    private long offer;

    private long need;

    private long centre;

    @TestConfiguration
    static class SystemClock {

        @Bean
        Clock clock() {
            return Clock.systemDefaultZone();
        }

    }

    @BeforeEach
    void aCentreWithANeedAndACompanyWithAnOffer() {
        centre = OrganisationRows.approved(jdbc, "CENTRE");
        long company = OrganisationRows.approved(jdbc, "COMPANY");
        jdbc.sql(
                """
                        insert into offer (organisation_id, title, description, category, unit, total, remaining, available_from,
                                           available_until, origin, reach, conditions, status, created_at, updated_at)
                        values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', 100, 100, current_date, current_date + 30,
                                'RSE27', 'PROVINCE', '', 'OPEN', current_timestamp, current_timestamp)""")
            .param("org", company)
            .update();
        offer = jdbc.sql("select max(id) from offer").query(Long.class).single();
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                                  urgency, handover, handover_point, status, created_at, updated_at)
                values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', 100, 100, current_date + 10, 'HIGH',
                        'RSE27', 'Офис', 'OPEN', current_timestamp, current_timestamp)""")
            .param("org", centre)
            .update();
        need = jdbc.sql("select max(id) from need").query(Long.class).single();
    }

    @Test
    void aMatchCountsForItsCentreWhileItHoldsUnits() {
        long first = proposedAgo(Duration.ZERO);
        long second = proposedAgo(Duration.ofDays(3));

        assertThat(receipts.recent(Set.of(centre))).isEqualTo(Map.of(centre, 2));

        inTransaction(() -> receipts.released(first));
        assertThat(receipts.recent(Set.of(centre))).isEqualTo(Map.of(centre, 1));

        inTransaction(() -> receipts.released(second));
        inTransaction(() -> receipts.released(second));
        assertThat(receipts.recent(Set.of(centre))).as("never below zero").isEmpty();
    }

    @Test
    void onlyTheWindowsDaysCountAndLongPastDaysAreForgotten() {
        proposedAgo(Duration.ofDays(29));
        proposedAgo(Duration.ofDays(32));
        proposedAgo(Duration.ofDays(70));

        assertThat(receipts.recent(Set.of(centre))).isEqualTo(Map.of(centre, 1));
        assertThat(receipts.forgetOld()).isGreaterThanOrEqualTo(1);
        assertThat(daysCounted()).isEqualTo(2);
    }

    /**
     * One round has counted the centre's first match of the day and not yet committed
     * when another counts the next: the second round's insert waits for the first, fails
     * on the key, and its count goes to the row the first made (on PostgreSQL only the
     * savepoint keeps the second round's transaction usable).
     */
    @Test
    void roundsCountingACentresFirstMatchOfADayAtOnceAreBothCounted() throws Exception {
        long first = match(Instant.now());
        long second = match(Instant.now());
        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService rounds = Executors.newFixedThreadPool(2);

        Future<?> firstRound = rounds.submit(() -> inTransaction(() -> {
            receipts.proposed(first);
            firstCounted.countDown();
            await(commitFirst);
        }));
        assertThat(firstCounted.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> secondRound = rounds.submit(() -> inTransaction(() -> receipts.proposed(second)));
        // the second round reaches its insert and waits on the first's uncommitted row
        Thread.sleep(300);
        commitFirst.countDown();
        firstRound.get(10, TimeUnit.SECONDS);
        secondRound.get(10, TimeUnit.SECONDS);
        rounds.shutdown();

        assertThat(receipts.recent(Set.of(centre))).isEqualTo(Map.of(centre, 2));
        assertThat(daysCounted()).isEqualTo(1);
    }

    private long proposedAgo(Duration ago) {
        long match = match(Instant.now().minus(ago));
        inTransaction(() -> receipts.proposed(match));
        return match;
    }

    private long match(Instant proposedAt) {
        jdbc.sql("""
                insert into match_proposal (offer_id, need_id, units, score, reasons, status, proposed_at, expires_at)
                values (:offer, :need, 1, 0.5, '', 'PROPOSED', :at, :at)""")
            .param("offer", offer)
            .param("need", need)
            .param("at", Timestamp.from(proposedAt))
            .update();
        return jdbc.sql("select max(id) from match_proposal").query(Long.class).single();
    }

    private int daysCounted() {
        return jdbc.sql("select count(*) from centre_receipt where centre_id = :centre")
            .param("centre", centre)
            .query(Integer.class)
            .single();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

}
