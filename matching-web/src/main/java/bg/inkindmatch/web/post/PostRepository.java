package bg.inkindmatch.web.post;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

/**
 * The stored posts of one side: what every side's repository answers.
 *
 * @param <S> the side's stored post
 */
@NoRepositoryBean
public interface PostRepository<S extends StoredPost> extends ListCrudRepository<S, Long> {

    /** An organisation's posts, newest first. */
    List<S> findByOrganisationIdOrderByIdDesc(long organisationId);

    /**
     * The open posts with free units (the database keeps them {@code listed}): what the
     * index of the forms' preview holds.
     */
    @Query("select * from #{#tableName} where listed")
    List<S> findListed();

    /**
     * Moves the post to another state, touching nothing else, so that even a row whose
     * other values no longer read back as they were written can be paused, resumed or
     * withdrawn by its owner.
     */
    @Modifying
    @Query("update #{#tableName} set status = :status, updated_at = :at, version = version + 1 where id = :id")
    int changeStatus(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);

}
