package bg.inkindmatch.web.match;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One recorded change of a match.
 *
 * @param actor the e-mail address of whoever did it, or {@code system}
 * @param detail what happened, as a short code (for example {@code COMPANY ACCEPTED})
 */
@Table("match_event")
public record MatchEvent(@Id Long id, long matchId, Instant at, String actor, Channel channel, MatchStatus fromStatus,
        MatchStatus toStatus, String detail) {

    static MatchEvent of(Match before, Match after, String actor, Channel channel, String detail, Instant at) {
        return new MatchEvent(null, after.id(), at, actor, channel, before == null ? null : before.status(),
                after.status(), detail);
    }
}
