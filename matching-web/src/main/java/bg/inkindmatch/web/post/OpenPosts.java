package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.web.need.NeedRepository;
import bg.inkindmatch.web.offer.OfferRepository;
import bg.inkindmatch.web.organisation.Organisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
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
 * the preview is a guide, and matching rounds read the database itself.)
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
        Map<Long, Organisation> byId = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        offers.findByStatus(PostStatus.OPEN).forEach(offer -> index.put(
                corePosts.offer(offer, CorePosts.organisation(byId.get(offer.organisationId())))));
        needs.findByStatus(PostStatus.OPEN).forEach(need -> index.put(
                corePosts.need(need, CorePosts.organisation(byId.get(need.organisationId())))));
    }

    @TransactionalEventListener
    void afterChange(PostChanged change) {
        refresh(change);
    }

    /** Reads the post again and puts it into the index, or takes it out if it is no longer open. */
    public void refresh(PostChanged change) {
        switch (change.side()) {
            case OFFER -> offers.findById(change.id()).ifPresent(offer -> {
                if (offer.status().isOpen()) {
                    index.put(corePosts.offer(offer, organisationOf(offer.organisationId())));
                } else {
                    index.removeOffer(offer.id());
                }
            });
            case NEED -> needs.findById(change.id()).ifPresent(need -> {
                if (need.status().isOpen()) {
                    index.put(corePosts.need(need, organisationOf(need.organisationId())));
                } else {
                    index.removeNeed(need.id());
                }
            });
        }
    }

    private bg.inkindmatch.core.organisation.Organisation organisationOf(long id) {
        return CorePosts.organisation(organisations.findById(id).orElseThrow());
    }
}
