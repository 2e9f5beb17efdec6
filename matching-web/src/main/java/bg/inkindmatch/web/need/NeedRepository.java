package bg.inkindmatch.web.need;

import bg.inkindmatch.core.post.PostStatus;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Stored needs. */
public interface NeedRepository extends ListCrudRepository<Need, Long> {

    /** An organisation's needs, newest first. */
    List<Need> findByOrganisationIdOrderByIdDesc(long organisationId);

    /** Needs in the given state. */
    List<Need> findByStatus(PostStatus status);
}
