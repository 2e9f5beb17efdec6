package bg.inkindmatch.web.training;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;
import java.util.List;

/** The sessions of trainings. */
interface TrainingSessionRepository extends ListCrudRepository<TrainingSession, Long> {

    List<TrainingSession> findByMatchIdOrderByStartsAtAsc(long matchId);

    /** Scheduled sessions that start before the given moment and were not reminded of. */
    @Query("select * from training_session where status = 'SCHEDULED' and reminded_at is null"
            + " and starts_at > :now and starts_at <= :until order by starts_at")
    List<TrainingSession> dueForReminder(Instant now, Instant until);

}
