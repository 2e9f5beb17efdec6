package bg.inkindmatch.web.match;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members can never take the same last units, whatever the concurrency; on each real
 * database.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Reservations.class, JdbcMappingConfiguration.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ReservationsContract {

    @Autowired
    private Reservations reservations;

    @Autowired
    private JdbcClient jdbc;

    private long organisation(String email, OrganisationKind kind) {
        jdbc.sql("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                                          status, registered_at)
                values (:kind, :email, 'RSE27', '', 'Мария', :email, '082000000', 'bg', 'APPROVED', :now)""")
            .param("kind", kind.name())
            .param("email", email)
            .param("now", Timestamp.from(Instant.now()))
            .update();
        return jdbc.sql("select id from organisation where email = :email")
            .param("email", email)
            .query(Long.class)
            .single();
    }

    private long offer(long organisation, int units) {
        jdbc.sql(
                """
                        insert into offer (organisation_id, title, description, category, unit, total, remaining, available_from,
                                           available_until, origin, reach, conditions, status, created_at, updated_at)
                        values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', :units, :units, :from, :until, 'RSE27',
                                'PROVINCE', '', 'OPEN', :now, :now)""")
            .param("org", organisation)
            .param("units", units)
            .param("from", LocalDate.now())
            .param("until", LocalDate.now().plusDays(30))
            .param("now", Timestamp.from(Instant.now()))
            .update();
        return jdbc.sql("select max(id) from offer").query(Long.class).single();
    }

    private long need(long organisation, int units) {
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                                  urgency, handover, handover_point, status, created_at, updated_at)
                values (:org, 'Пакети', '', 'consumables.hygiene', 'PACK', :units, :units, :by, 'HIGH', 'RSE27',
                        'Офис', 'OPEN', :now, :now)""")
            .param("org", organisation)
            .param("units", units)
            .param("by", LocalDate.now().plusDays(10))
            .param("now", Timestamp.from(Instant.now()))
            .update();
        return jdbc.sql("select max(id) from need").query(Long.class).single();
    }

    private int remaining(String table, long id) {
        return jdbc.sql("select remaining from " + table + " where id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    }

    @Test
    void concurrentRequestsNeverTakeMoreThanRemains() throws Exception {
        long company = organisation("company-" + System.nanoTime() + "@example.org", OrganisationKind.COMPANY);
        long centre = organisation("centre-" + System.nanoTime() + "@example.org", OrganisationKind.CENTRE);
        long offer = offer(company, 5);
        long need = need(centre, 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> reservations.take(offer, need, 1));
        }

        long taken = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            taken += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(taken).isEqualTo(5);
        assertThat(remaining("offer", offer)).isZero();
        assertThat(remaining("need", need)).isEqualTo(95);
    }

    @Test
    void whenTheNeedHasTooFewUnitsTheOfferKeepsItsOwn() {
        long company = organisation("company-n-" + System.nanoTime() + "@example.org", OrganisationKind.COMPANY);
        long centre = organisation("centre-n-" + System.nanoTime() + "@example.org", OrganisationKind.CENTRE);
        long offer = offer(company, 10);
        long need = need(centre, 3);

        assertThat(reservations.take(offer, need, 4)).isFalse();

        assertThat(remaining("offer", offer)).isEqualTo(10);
        assertThat(remaining("need", need)).isEqualTo(3);
    }

    @Test
    void releasedUnitsComeBackButNeverBeyondTheTotal() {
        long company = organisation("company-r-" + System.nanoTime() + "@example.org", OrganisationKind.COMPANY);
        long centre = organisation("centre-r-" + System.nanoTime() + "@example.org", OrganisationKind.CENTRE);
        long offer = offer(company, 10);
        long need = need(centre, 10);

        assertThat(reservations.take(offer, need, 4)).isTrue();
        reservations.release(offer, need, 4);
        reservations.release(offer, need, 4);

        assertThat(remaining("offer", offer)).isEqualTo(10);
        assertThat(remaining("need", need)).isEqualTo(10);
    }

}
