package bg.inkindmatch.web.offer;

import bg.inkindmatch.core.post.PostStatus;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

/** Stored offers. */
public interface OfferRepository extends ListCrudRepository<StoredOffer, Long> {

    /** An organisation's offers, newest first. */
    List<StoredOffer> findByOrganisationIdOrderByIdDesc(long organisationId);

    /** Offers in the given state. */
    List<StoredOffer> findByStatus(PostStatus status);

    /**
     * Moves the offer to another state, touching nothing else, so that even a row whose other values
     * no longer read back as they were written can be paused, resumed or withdrawn by its owner.
     */
    @Modifying
    @Query("update offer set status = :status, updated_at = :at, version = version + 1 where id = :id")
    int changeStatus(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);
}
