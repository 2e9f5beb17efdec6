package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the impact figures are computed from, read in two statements: the needs posted in
 * a period with what they received, and the proposals made or settled in it. A report
 * covers the needs handed over in some municipalities (a region) or everywhere.
 */
@Component
record ImpactRows(JdbcClient jdbc) {

    /**
     * Where a statement takes the condition on the need's municipality, if there is one.
     */
    private static final String REGION = " /* region */";

    /**
     * A need posted in the period, with its first proposal, first handover and units
     * received.
     */
    record NeedRow(long id, long centre, String category, int total, PostStatus status, Instant posted,
            Instant firstProposed, Instant firstDelivered, long delivered) {

        /** Whether the centre still wants it (open, or paused for a while). */
        boolean stillWanted() {
            return status == PostStatus.OPEN || status == PostStatus.PAUSED;
        }

    }

    /** A proposal made or settled in the period. */
    record MatchRow(long id, long company, long centre, String category, int units, MatchStatus status,
            DeclineReason declineReason, Instant proposed, Instant decided) {
    }

    /**
     * A session of a workplace training held in the period, with how many came.
     *
     * @param provider the organisation that gave it
     * @param sector the kind of organisation that asked for it (company, institution,
     * chamber)
     */
    record TrainedRow(long provider, String sector, int people) {
    }

    List<TrainedRow> trained(Instant start, Instant end, Optional<Set<String>> municipalities) {
        return rows(
                "select o.organisation_id, r.kind, s.attended from training_session s"
                        + " join match_proposal m on m.id = s.match_id join offer o on o.id = m.offer_id"
                        + " join need n on n.id = m.need_id join organisation r on r.id = n.organisation_id"
                        + " where s.attended is not null and s.starts_at >= :start and s.starts_at < :end" + REGION
                        + " order by s.id",
                start, end, municipalities, (rs, row) -> new TrainedRow(rs.getLong(1), rs.getString(2), rs.getInt(3)));
    }

    List<NeedRow> needs(Instant start, Instant end, Optional<Set<String>> municipalities) {
        return rows("select n.id, n.organisation_id, n.category, n.total, n.status, n.created_at,"
                + " min(m.proposed_at), min(case when m.status = 'DELIVERED' then m.decided_at end),"
                + " coalesce(sum(case when m.status = 'DELIVERED' and m.decided_at < :end then m.units end), 0)"
                + " from need n left join match_proposal m on m.need_id = n.id"
                + " where n.created_at >= :start and n.created_at < :end" + REGION
                + " group by n.id, n.organisation_id, n.category, n.total, n.status, n.created_at order by n.id", start,
                end, municipalities, ImpactRows::need);
    }

    List<MatchRow> matches(Instant start, Instant end, Optional<Set<String>> municipalities) {
        return rows("select m.id, o.organisation_id, n.organisation_id, o.category, m.units, m.status,"
                + " m.decline_reason, m.proposed_at, m.decided_at"
                + " from match_proposal m join offer o on o.id = m.offer_id join need n on n.id = m.need_id"
                + " where m.proposed_at < :end and (m.proposed_at >= :start or m.decided_at >= :start)" + REGION
                + " order by m.id", start, end, municipalities, ImpactRows::match);
    }

    /**
     * The rows of the statement, with the region's condition where it says
     * {@link #REGION}.
     */
    private <T> List<T> rows(String sql, Instant start, Instant end, Optional<Set<String>> municipalities,
            RowMapper<T> row) {
        return jdbc.sql(sql.replace(REGION, within("n", municipalities)))
            .params(parameters(start, end, municipalities))
            .query(row)
            .list();
    }

    private static String within(String need, Optional<Set<String>> municipalities) {
        return municipalities.isPresent() ? " and " + need + ".handover in (:municipalities)" : "";
    }

    private static Map<String, Object> parameters(Instant start, Instant end, Optional<Set<String>> municipalities) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("start", Timestamp.from(start));
        parameters.put("end", Timestamp.from(end));
        // an empty region matches nothing rather than making "in ()" invalid SQL
        municipalities.ifPresent(codes -> parameters.put("municipalities", codes.isEmpty() ? Set.of("") : codes));
        return parameters;
    }

    private static NeedRow need(ResultSet rs, int row) throws SQLException {
        return new NeedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                PostStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), rs.getLong(9));
    }

    private static MatchRow match(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString(7);
        return new MatchRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                MatchStatus.valueOf(rs.getString(6)), reason == null ? null : DeclineReason.valueOf(reason),
                rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
