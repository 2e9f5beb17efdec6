package bg.inkindmatch.web.post;

import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.core.training.TrainingFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The open posts with free units of one category, as a matching round reads them (a round
 * reads every category of its family, each one range of the index that leads with
 * {@code (listed, category)}). The rows are mapped here, column by column, into the same
 * records the repositories return: Spring Data's general mapping was two thirds of a
 * round's time in the load benchmark (JFR), and a round reads a family's every free post
 * after each save. A row that does not read (a stored name this version does not know) is
 * left out and logged, so that one bad row never stops a round.
 * {@code MatchablePostsContract} checks that every column reads as the repositories read
 * it.
 */
@Component
public class MatchablePosts {

    private static final Logger log = LoggerFactory.getLogger(MatchablePosts.class);

    private final JdbcClient jdbc;

    MatchablePosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The category's open offers with free units. */
    public List<StoredOffer> offers(String category) {
        return jdbc.sql("""
                select id, organisation_id, title, description, category, unit, total, remaining, available_from,
                    available_until, origin, reach, conditions, status, created_at, updated_at, version,
                    training_format, training_languages, training_hours, training_session_seats, training_audience
                from offer where listed and category = :category""")
            .param("category", category)
            .query((rs, row) -> readable(rs, "offer", MatchablePosts::offer))
            .list()
            .stream()
            .flatMap(Optional::stream)
            .toList();
    }

    /** The category's open needs with free units. */
    public List<StoredNeed> needs(String category) {
        return jdbc.sql("""
                select id, organisation_id, title, description, category, unit, total, remaining, needed_by, urgency,
                    handover, handover_point, status, created_at, updated_at, version, training_format,
                    training_languages, training_adaptation
                from need where listed and category = :category""")
            .param("category", category)
            .query((rs, row) -> readable(rs, "need", MatchablePosts::need))
            .list()
            .stream()
            .flatMap(Optional::stream)
            .toList();
    }

    private static StoredOffer offer(ResultSet rs) throws SQLException {
        return new StoredOffer(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("category"), named(Unit.class, rs.getString("unit")),
                rs.getInt("total"), rs.getInt("remaining"), rs.getObject("available_from", LocalDate.class),
                rs.getObject("available_until", LocalDate.class), rs.getString("origin"),
                named(Reach.class, rs.getString("reach")), rs.getString("conditions"),
                named(PostStatus.class, rs.getString("status")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getObject("version", Integer.class),
                named(TrainingFormat.class, rs.getString("training_format")), rs.getString("training_languages"),
                rs.getObject("training_hours", Integer.class), rs.getObject("training_session_seats", Integer.class),
                rs.getString("training_audience"));
    }

    private static StoredNeed need(ResultSet rs) throws SQLException {
        return new StoredNeed(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("category"), named(Unit.class, rs.getString("unit")),
                rs.getInt("total"), rs.getInt("remaining"), rs.getObject("needed_by", LocalDate.class),
                named(Urgency.class, rs.getString("urgency")), rs.getString("handover"), rs.getString("handover_point"),
                named(PostStatus.class, rs.getString("status")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), rs.getObject("version", Integer.class),
                named(TrainingFormat.class, rs.getString("training_format")), rs.getString("training_languages"),
                rs.getString("training_adaptation"));
    }

    private static <P> Optional<P> readable(ResultSet rs, String table, Row<P> row) throws SQLException {
        try {
            return Optional.of(row.read(rs));
        }
        catch (IllegalArgumentException unreadable) {
            log.warn("{} {} left out of the round: {}", table, rs.getLong("id"), unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** A stored enum name; null stays null (an optional column). */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return (name != null) ? Enum.valueOf(type, name) : null;
    }

    private static Instant instant(Timestamp timestamp) {
        return (timestamp != null) ? timestamp.toInstant() : null;
    }

    @FunctionalInterface
    private interface Row<P> {

        P read(ResultSet rs) throws SQLException;

    }

}
