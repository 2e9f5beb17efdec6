package bg.inkindmatch.web.need;

import bg.inkindmatch.core.post.PostStatus;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

/** Stored needs. */
public interface NeedRepository extends ListCrudRepository<StoredNeed, Long> {

    /** An organisation's needs, newest first. */
    List<StoredNeed> findByOrganisationIdOrderByIdDesc(long organisationId);

    /** Needs in the given state. */
    List<StoredNeed> findByStatus(PostStatus status);

    /**
     * Moves the need to another state, touching nothing else, so that even a row whose other values
     * no longer read back as they were written can be paused, resumed or withdrawn by its owner.
     */
    @Modifying
    @Query("update need set status = :status, updated_at = :at, version = version + 1 where id = :id")
    int changeStatus(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);
}
