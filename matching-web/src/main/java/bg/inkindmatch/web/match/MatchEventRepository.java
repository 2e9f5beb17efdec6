package bg.inkindmatch.web.match;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The audit trail of matches. */
public interface MatchEventRepository extends ListCrudRepository<MatchEvent, Long> {

    /** A match's changes, oldest first. */
    List<MatchEvent> findByMatchIdOrderByIdAsc(long matchId);

}
