package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.PostStatus;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
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

    /** Posts in the given state. */
    List<S> findByStatus(PostStatus status);

    /**
     * The open posts with free units in the given categories: what a matching round of
     * their family reads. Served by the index on (status, category, remaining).
     */
    @Query("select * from #{#tableName} where status = 'OPEN' and category in (:categories) and remaining > 0")
    List<S> findMatchable(@Param("categories") Collection<String> categories);

    /**
     * Moves the post to another state, touching nothing else, so that even a row whose
     * other values no longer read back as they were written can be paused, resumed or
     * withdrawn by its owner.
     */
    @Modifying
    @Query("update #{#tableName} set status = :status, updated_at = :at, version = version + 1 where id = :id")
    int changeStatus(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);

}
