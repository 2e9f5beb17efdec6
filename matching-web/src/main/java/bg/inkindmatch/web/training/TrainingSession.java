package bg.inkindmatch.web.training;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A session of an agreed workplace training. Its calendar identity ({@code uid}) stays
 * across changes; {@code sequence} counts them, so that a calendar program updates the
 * event it has.
 *
 * @param attended how many people came, once the provider recorded it (a number, never
 * names)
 */
@Table("training_session")
public record TrainingSession(@Id Long id, long matchId, String uid, int sequence, Instant startsAt, Instant endsAt,
        String place, int seats, SessionStatus status, Integer attended, Instant remindedAt, Instant createdAt,
        @Version Integer version) {

    /** A new session of the match. */
    static TrainingSession scheduled(long matchId, SessionTime time, String place, int seats, Instant now) {
        return new TrainingSession(null, matchId, UUID.randomUUID() + "@inkind-match", 0, time.start(), time.end(),
                place, seats, SessionStatus.SCHEDULED, null, null, now, null);
    }

    /**
     * This session moved or changed: the calendar sees a newer version of the same event.
     */
    TrainingSession changed(SessionTime time, String place, int seats) {
        return new TrainingSession(id, matchId, uid, sequence + 1, time.start(), time.end(), place, seats, status,
                attended, null, createdAt, version);
    }

    /** This session, called off. */
    TrainingSession cancelled() {
        return new TrainingSession(id, matchId, uid, sequence + 1, startsAt, endsAt, place, seats,
                SessionStatus.CANCELLED, attended, remindedAt, createdAt, version);
    }

    /** This session, with how many came. */
    TrainingSession attendedBy(int people) {
        return new TrainingSession(id, matchId, uid, sequence, startsAt, endsAt, place, seats, status, people,
                remindedAt, createdAt, version);
    }

    /** This session, with its reminder sent. */
    TrainingSession reminded(Instant now) {
        return new TrainingSession(id, matchId, uid, sequence, startsAt, endsAt, place, seats, status, attended, now,
                createdAt, version);
    }

    /** Whether it still takes place. */
    public boolean isScheduled() {
        return status == SessionStatus.SCHEDULED;
    }

    /** Whether it began: only then can attendance be recorded. */
    public boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Whether its attendance was recorded. */
    public boolean isRecorded() {
        return attended != null;
    }

    /** The state of a session. */
    public enum SessionStatus {

        SCHEDULED, CANCELLED

    }

    /**
     * When a session takes place.
     *
     * @param start its start
     * @param end its end, after the start
     */
    record SessionTime(Instant start, Instant end) {

        SessionTime {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a session ends after it starts");
            }
        }

    }

}
