package bg.inkindmatch.web.match;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.web.organisation.ProposalsPauseChanged;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostChanged;
import bg.inkindmatch.web.post.PostRepository;
import bg.inkindmatch.web.post.Side;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Asks for the matching rounds a change calls for: inside the change's transaction it
 * marks the family as owing a round (durable with the change itself), and once the change
 * has committed it hands the family to the {@link RoundWorker}, so the member's request
 * answers without waiting for the round.
 */
@Component
class RoundRequests {

    private final MatchingEngine engine;

    private final OfferRepository offers;

    private final NeedRepository needs;

    private final RoundsWanted wanted;

    private final RoundWorker worker;

    private final Clock clock;

    RoundRequests(MatchingEngine engine, OfferRepository offers, NeedRepository needs, RoundsWanted wanted,
            RoundWorker worker, Clock clock) {
        this.engine = engine;
        this.offers = offers;
        this.needs = needs;
        this.wanted = wanted;
        this.worker = worker;
        this.clock = clock;
    }

    /** Every family's row of owed rounds exists before the first save asks for one. */
    @EventListener(ApplicationReadyEvent.class)
    void knowFamilies() {
        families().forEach(wanted::know);
    }

    @EventListener
    void marking(PostChanged change) {
        familyOf(change).ifPresent(family -> wanted.want(family, clock.instant()));
    }

    @TransactionalEventListener
    void afterChange(PostChanged change) {
        familyOf(change).ifPresent(worker::nudge);
    }

    @EventListener
    void marking(ProposalsPauseChanged change) {
        if (!change.paused()) {
            families().forEach(family -> wanted.want(family, clock.instant()));
        }
    }

    @TransactionalEventListener
    void afterPauseChanged(ProposalsPauseChanged change) {
        if (!change.paused()) {
            families().forEach(worker::nudge);
        }
    }

    /**
     * The name of the changed post's family (its first category's code); empty if the
     * post is gone or its category is no longer in the taxonomy (then it meets nothing).
     */
    private Optional<String> familyOf(PostChanged change) {
        PostRepository<?> repository = change.side() == Side.OFFER ? offers : needs;
        return repository.findById(change.id())
            .flatMap(post -> engine.taxonomy().category(post.category()))
            .map(engine.taxonomy()::familyCode);
    }

    private List<String> families() {
        return engine.taxonomy().familyCodes();
    }

}
