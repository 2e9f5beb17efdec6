package bg.inkindmatch.web.training;

import bg.inkindmatch.web.match.TrainingOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The outcomes of trainings, summed from their sessions in one statement. */
@Component
record SessionOutcomes(JdbcClient jdbc) implements TrainingOutcomes {

    @Override
    public Map<Long, Outcome> of(Collection<Long> matchIds) {
        if (matchIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
            .sql("select s.match_id, count(*), sum(s.attended), avg(cast(f.rating as double precision))"
                    + " from training_session s left join training_feedback f on f.session_id = s.id"
                    + " where s.attended is not null and s.match_id in (:ids) group by s.match_id")
            .param("ids", matchIds)
            .query((rs, row) -> Map.entry(rs.getLong(1),
                    new Outcome(rs.getInt(2), rs.getInt(3), rs.getObject(4) == null ? null : rs.getDouble(4))))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

}
