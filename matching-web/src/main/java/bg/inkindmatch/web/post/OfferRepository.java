package bg.inkindmatch.web.post;

/** Stored offers. */
public interface OfferRepository extends PostRepository<StoredOffer> {

}
