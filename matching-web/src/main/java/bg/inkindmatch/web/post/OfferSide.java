package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Offers: companies give, from their own municipality, as far as the offer reaches. */
@Component
public record OfferSide(OfferRepository repository, CorePosts corePosts,
        MatchingEngine engine) implements PostSide<StoredOffer, OfferForm> {

    @Override
    public Side side() {
        return Side.OFFER;
    }

    @Override
    public OfferForm emptyForm(LocalDate today, StoredOrganisation owner) {
        return OfferForm.empty(today);
    }

    @Override
    public OfferForm formOf(StoredOffer post) {
        return OfferForm.of(post);
    }

    @Override
    public StoredOffer created(OfferForm form, StoredOrganisation owner, Instant now) {
        return StoredOffer.create(form, owner.id(), owner.municipality(), now);
    }

    @Override
    public StoredOffer edited(StoredOffer post, OfferForm form, Instant now) {
        return post.edited(form, now);
    }

    @Override
    public Map<String, Object> choices(Locale locale) {
        return Map.of("reaches", List.of(Reach.values()));
    }

    @Override
    public Optional<Ranking> ranking(OfferForm form, StoredOrganisation owner, PostIndex index, MatchingContext context,
            int top) {
        return corePosts.offer(form, CorePosts.organisation(owner), owner.municipality())
            .map(offer -> engine.rankNeeds(offer, index, context, top));
    }

    @Override
    public Post otherSide(Candidate candidate) {
        return candidate.need();
    }

    @Override
    public void index(StoredOffer post, StoredOrganisation owner, PostIndex index) {
        Optional<Offer> matchable = post.status().isOpen() && post.remaining() > 0 && !owner.proposalsPaused()
                ? corePosts.readable(post, CorePosts.organisation(owner)) : Optional.empty();
        matchable.ifPresentOrElse(index::put, () -> index.removeOffer(post.id()));
    }

}
