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

    /** Proposals whose answer time is over, oldest first. */
    @Query("select * from match_proposal where status = 'PROPOSED' and expires_at < :now order by id")
    List<Match> findExpired(@Param("now") java.time.Instant now);

    /** Proposals that expire before the given moment and were not reminded yet. */
    @Query("select * from match_proposal where status = 'PROPOSED' and reminded_at is null and expires_at < :before"
            + " and expires_at >= :now order by id")
    List<Match> findToRemind(@Param("now") java.time.Instant now, @Param("before") java.time.Instant before);

    /** How many proposed or agreed matches an offer still has. */
    default int countPendingOfOffer(long offerId) {
        return countOfOfferIn(offerId, MatchStatus.namesWhere(MatchStatus::isPending));
    }

    /** How many proposed or agreed matches a need still has. */
    default int countPendingOfNeed(long needId) {
        return countOfNeedIn(needId, MatchStatus.namesWhere(MatchStatus::isPending));
    }

    /** How many matches of an offer are in one of the states. */
    @Query("select count(*) from match_proposal where offer_id = :offer and status in (:statuses)")
    int countOfOfferIn(@Param("offer") long offerId, @Param("statuses") List<String> statuses);

    /** How many matches of a need are in one of the states. */
    @Query("select count(*) from match_proposal where need_id = :need and status in (:statuses)")
    int countOfNeedIn(@Param("need") long needId, @Param("statuses") List<String> statuses);

    /**
     * How many of an organisation's matches wait for it: proposals it has not answered
     * and agreed matches not yet handed over. Counted as the company's side plus the
     * centre's side (an organisation is never both sides of a match), each from the
     * organisation's own posts through their indexes; one condition with OR over both
     * joins read every match of the database on H2, on every signed-in page.
     */
    @Query("""
            select (select count(*) from offer o join match_proposal m on m.offer_id = o.id
                    where o.organisation_id = :organisation
                    and (m.status = 'AGREED' or m.status = 'PROPOSED' and m.company_answer is null))
                 + (select count(*) from need n join match_proposal m on m.need_id = n.id
                    where n.organisation_id = :organisation
                    and (m.status = 'AGREED' or m.status = 'PROPOSED' and m.centre_answer is null))""")
    int countWaitingFor(@Param("organisation") long organisationId);

    /**
     * Agreed matches not handed over although agreed before the moment, or with their
     * need's date passed, oldest first.
     */
    @Query("""
            select m.* from match_proposal m
            join need n on n.id = m.need_id
            where m.status = 'AGREED' and (m.decided_at < :agreedBefore or n.needed_by < :today)
            order by m.decided_at, m.id""")
    List<Match> findStuck(@Param("agreedBefore") java.time.Instant agreedBefore,
            @Param("today") java.time.LocalDate today);

    /** Every match, newest first, for the coordinator. */
    List<Match> findAllByOrderByIdDesc();

    /**
     * Proposals of a company's offers that wait for its answer and expire in the window;
     * no CRITICAL need's.
     */
    @Query("""
            select m.* from match_proposal m
            join offer o on o.id = m.offer_id
            join need n on n.id = m.need_id
            where o.organisation_id = :organisation and m.status = 'PROPOSED' and m.company_answer is null
              and n.urgency <> 'CRITICAL' and m.expires_at >= :from and m.expires_at < :until
            order by m.expires_at, m.id""")
    List<Match> findAwaitingCompanyNonCritical(@Param("organisation") long organisationId,
            @Param("from") java.time.Instant from, @Param("until") java.time.Instant until);

    /**
     * Proposals for a centre's needs that wait for its answer and expire in the window;
     * no CRITICAL need's.
     */
    @Query("""
            select m.* from match_proposal m
            join need n on n.id = m.need_id
            where n.organisation_id = :organisation and m.status = 'PROPOSED' and m.centre_answer is null
              and n.urgency <> 'CRITICAL' and m.expires_at >= :from and m.expires_at < :until
            order by m.expires_at, m.id""")
    List<Match> findAwaitingCentreNonCritical(@Param("organisation") long organisationId,
            @Param("from") java.time.Instant from, @Param("until") java.time.Instant until);

}
