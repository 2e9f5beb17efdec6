package bg.inkindmatch.web.post;

import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * A member's posts on either side: only the organisation's own, never another's. Every
 * change is announced ({@link PostChanged}) in the transaction that makes it, and takes
 * the post off the coordinator's attention list, so that matching looks at it afresh.
 */
@Service
public class PostService {

    private final ApplicationEventPublisher events;

    private final PostTexts texts;

    private final Clock clock;

    PostService(ApplicationEventPublisher events, PostTexts texts, Clock clock) {
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** The organisation's posts on the side, newest first. */
    public <S extends StoredPost> List<S> of(PostSide<S, ?> side, StoredOrganisation owner) {
        return side.repository().findByOrganisationIdOrderByIdDesc(owner.id());
    }

    /** One of the organisation's posts; another organisation's post is not found. */
    public <S extends StoredPost> S find(PostSide<S, ?> side, StoredOrganisation owner, long id) {
        return side.repository()
            .findById(id)
            .filter(post -> post.organisationId() == owner.id())
            .orElseThrow(() -> new PostNotFoundException(id));
    }

    @Transactional
    public <S extends StoredPost, F extends PostForm> S create(PostSide<S, F> side, StoredOrganisation owner, F form) {
        return saved(side, side.created(form, owner, clock.instant()));
    }

    /**
     * Saves an edit; the caller has checked that the new total covers the units already
     * taken.
     */
    @Transactional
    public <S extends StoredPost, F extends PostForm> S update(PostSide<S, F> side, StoredOrganisation owner, long id,
            F form) {
        S post = find(side, owner, id);
        if (!post.editable()) {
            throw new PostNotFoundException(id);
        }
        return saved(side, side.edited(post, form, clock.instant()));
    }

    /**
     * Pauses, resumes or withdraws; a change that does not apply leaves the post as it
     * is.
     */
    @Transactional
    public <S extends StoredPost> S change(PostSide<S, ?> side, StoredOrganisation owner, long id,
            StatusChange change) {
        S post = find(side, owner, id);
        if (!change.changes(post.status())) {
            return post;
        }
        side.repository().changeStatus(id, change.from(post.status()).orElseThrow().name(), clock.instant());
        announce(side.side(), id);
        return find(side, owner, id);
    }

    private <S extends StoredPost> S saved(PostSide<S, ?> side, S post) {
        S saved = side.repository().save(post);
        texts.saved(saved);
        announce(side.side(), saved.id());
        return saved;
    }

    private void announce(Side side, long id) {
        events.publishEvent(new PostChanged(side, id));
    }

}
