package bg.inkindmatch.web.post;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.web.need.NeedRepository;
import bg.inkindmatch.web.offer.OfferRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.ProposalsPauseChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open posts in the matching engine's index, for the live preview of the forms. Filled from the
 * database when the application is ready and kept current after every committed change of this
 * instance. (With several instances, another instance's changes reach this index at its next start;
 * the preview is a guide, and matching rounds read the database itself.) Posts of an organisation that
 * paused incoming proposals are left out: nobody can be matched with them for now.
 */
@Component
public class OpenPosts {

    private final PostIndex index;
    private final OfferRepository offers;
    private final NeedRepository needs;
    private final OrganisationRepository organisations;
    private final CorePosts corePosts;

    OpenPosts(MatchingEngine engine, OfferRepository offers, NeedRepository needs, OrganisationRepository organisations,
              CorePosts corePosts) {
        this.index = engine.newIndex();
        this.offers = offers;
        this.needs = needs;
        this.organisations = organisations;
        this.corePosts = corePosts;
    }

    /** The index; queries are safe from any thread. */
    public PostIndex index() {
        return index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Map<Long, StoredOrganisation> byId = organisations.findAll().stream()
                .collect(Collectors.toMap(StoredOrganisation::id, Function.identity()));
        offers.findByStatus(PostStatus.OPEN).stream().filter(offer -> takesProposals(byId.get(offer.organisationId())))
                .forEach(offer -> corePosts.readable(offer, CorePosts.organisation(byId.get(offer.organisationId())))
                        .ifPresent(index::put));
        needs.findByStatus(PostStatus.OPEN).stream().filter(need -> takesProposals(byId.get(need.organisationId())))
                .forEach(need -> corePosts.readable(need, CorePosts.organisation(byId.get(need.organisationId())))
                        .ifPresent(index::put));
    }

    private static boolean takesProposals(StoredOrganisation organisation) {
        return !organisation.proposalsPaused();
    }

    @TransactionalEventListener
    void afterPauseChanged(ProposalsPauseChanged change) {
        offers.findByOrganisationIdOrderByIdDesc(change.organisationId())
                .forEach(offer -> refresh(new PostChanged(PostChanged.Side.OFFER, offer.id())));
        needs.findByOrganisationIdOrderByIdDesc(change.organisationId())
                .forEach(need -> refresh(new PostChanged(PostChanged.Side.NEED, need.id())));
    }

    @TransactionalEventListener
    void afterChange(PostChanged change) {
        refresh(change);
    }

    /** Reads the post again and puts it into the index, or takes it out if it is no longer open. */
    public void refresh(PostChanged change) {
        switch (change.side()) {
            case OFFER -> offers.findById(change.id()).ifPresent(offer -> {
                StoredOrganisation organisation = organisations.findById(offer.organisationId()).orElseThrow();
                var readable = offer.status().isOpen() && takesProposals(organisation)
                        ? corePosts.readable(offer, CorePosts.organisation(organisation))
                        : java.util.Optional.<Offer>empty();
                if (readable.isPresent()) {
                    index.put(readable.get());
                } else {
                    index.removeOffer(offer.id());
                }
            });
            case NEED -> needs.findById(change.id()).ifPresent(need -> {
                StoredOrganisation organisation = organisations.findById(need.organisationId()).orElseThrow();
                var readable = need.status().isOpen() && takesProposals(organisation)
                        ? corePosts.readable(need, CorePosts.organisation(organisation))
                        : java.util.Optional.<Need>empty();
                if (readable.isPresent()) {
                    index.put(readable.get());
                } else {
                    index.removeNeed(need.id());
                }
            });
        }
    }
}
