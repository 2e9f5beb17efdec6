package bg.inkindmatch.web.match;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Stored matches. */
public interface MatchRepository extends ListCrudRepository<Match, Long> {

    /** The matches of an organisation's offers and needs, newest first. */
    @Query("""
            select m.* from match_proposal m
            left join offer o on o.id = m.offer_id
            left join need n on n.id = m.need_id
            where o.organisation_id = :organisation or n.organisation_id = :organisation
            order by m.id desc""")
    List<Match> findOfOrganisation(@Param("organisation") long organisationId);

    /** Every match, newest first, for the coordinator. */
    List<Match> findAllByOrderByIdDesc();
}
