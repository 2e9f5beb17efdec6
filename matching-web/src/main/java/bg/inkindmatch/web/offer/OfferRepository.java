package bg.inkindmatch.web.offer;

import bg.inkindmatch.core.post.PostStatus;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Stored offers. */
public interface OfferRepository extends ListCrudRepository<Offer, Long> {

    /** An organisation's offers, newest first. */
    List<Offer> findByOrganisationIdOrderByIdDesc(long organisationId);

    /** Offers in the given state. */
    List<Offer> findByStatus(PostStatus status);
}
