package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.ProposalsPauseChanged;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open posts in the matching engine's index, for the live preview of the forms.
 * Filled from the database when the application is ready and kept current after every
 * committed change of this instance. (With several instances, another instance's changes
 * reach this index at its next start; the preview is a guide, and matching rounds read
 * the database itself.) Only posts with free units are held (in a busy year most open
 * posts have none), and posts of an organisation that paused incoming proposals are left
 * out: nobody can be matched with them for now.
 */
@Component
public class OpenPosts {

    private final PostIndex index;

    private final PostSides sides;

    private final OrganisationRepository organisations;

    OpenPosts(MatchingEngine engine, PostSides sides, OrganisationRepository organisations) {
        this.index = engine.newIndex();
        this.sides = sides;
        this.organisations = organisations;
    }

    /** The index; queries are safe from any thread. */
    public PostIndex index() {
        return index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Map<Long, StoredOrganisation> byId = organisations.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOrganisation::id, Function.identity()));
        sides.all().forEach(side -> load(side, byId));
    }

    private <S extends StoredPost> void load(PostSide<S, ?> side, Map<Long, StoredOrganisation> owners) {
        side.repository().findListed().forEach(post -> side.index(post, owners.get(post.organisationId()), index));
    }

    @TransactionalEventListener
    void afterPauseChanged(ProposalsPauseChanged change) {
        organisations.findById(change.organisationId())
            .ifPresent(owner -> sides.all().forEach(side -> refresh(side, owner)));
    }

    private <S extends StoredPost> void refresh(PostSide<S, ?> side, StoredOrganisation owner) {
        side.repository().findByOrganisationIdOrderByIdDesc(owner.id()).forEach(post -> side.index(post, owner, index));
    }

    @TransactionalEventListener
    void afterChange(PostChanged change) {
        refresh(change);
    }

    /**
     * Reads the post again and puts it into the index, or takes it out if it can no
     * longer be matched.
     */
    public void refresh(PostChanged change) {
        refresh(sides.of(change.side()), change.id());
    }

    private <S extends StoredPost> void refresh(PostSide<S, ?> side, long id) {
        side.repository()
            .findById(id)
            .ifPresent(post -> side.index(post, organisations.findById(post.organisationId()).orElseThrow(), index));
    }

}
