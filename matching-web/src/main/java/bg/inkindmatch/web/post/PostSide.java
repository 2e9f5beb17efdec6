package bg.inkindmatch.web.post;

import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.web.organisation.StoredOrganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between the two sides of the market; everything else about a post (its
 * pages, its service, its status changes, its preview) is written once against this.
 *
 * @param <S> the side's stored post
 * @param <F> the side's form
 */
public interface PostSide<S extends StoredPost, F extends PostForm> {

    /** Offer or need. */
    Side side();

    /** Where the side's posts are stored. */
    PostRepository<S> repository();

    /** A new form with the side's defaults for the owner. */
    F emptyForm(LocalDate today, StoredOrganisation owner);

    /** The form of a stored post, for editing. */
    F formOf(S post);

    /** A new open post of the owner. */
    S created(F form, StoredOrganisation owner, Instant now);

    /**
     * The post edited; units already taken stay taken (the caller has checked the new
     * total covers them).
     */
    S edited(S post, F form, Instant now);

    /** The choices of the side's own fields, by the name the form reads them under. */
    Map<String, Object> choices(Locale locale);

    /**
     * What a form being typed would match among the open posts of the other side, best
     * first; empty while the form is not complete enough to match.
     */
    Optional<Ranking> ranking(F form, StoredOrganisation owner, PostIndex index, MatchingContext context, int top);

    /** The post on the other side of one of this side's candidates. */
    Post otherSide(Candidate candidate);

    /**
     * Puts the post into the index if it can be matched now (open, readable, its owner
     * takes proposals), or takes it out.
     */
    void index(S post, StoredOrganisation owner, PostIndex index);

}
