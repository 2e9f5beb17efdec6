package bg.inkindmatch.web.post;

/** Stored needs. */
public interface NeedRepository extends PostRepository<StoredNeed> {

}
