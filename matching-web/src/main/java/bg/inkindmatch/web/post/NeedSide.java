package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
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

/** Needs: centres ask, for a handover at a public place in a municipality, by a day. */
@Component
public record NeedSide(NeedRepository repository, CorePosts corePosts, MatchingEngine engine,
        PostChoices choices) implements PostSide<StoredNeed, NeedForm> {

    @Override
    public Side side() {
        return Side.NEED;
    }

    @Override
    public NeedForm emptyForm(LocalDate today, StoredOrganisation owner) {
        return NeedForm.empty(today, owner.municipality());
    }

    @Override
    public NeedForm formOf(StoredNeed post) {
        return NeedForm.of(post);
    }

    @Override
    public StoredNeed created(NeedForm form, StoredOrganisation owner, Instant now) {
        return StoredNeed.create(form, owner.id(), now);
    }

    @Override
    public StoredNeed edited(StoredNeed post, NeedForm form, Instant now) {
        return post.edited(form, now);
    }

    @Override
    public Map<String, Object> choices(Locale locale) {
        return Map.of("urgencies", List.of(Urgency.values()), "municipalities", choices.municipalities(locale));
    }

    @Override
    public Optional<Ranking> ranking(NeedForm form, StoredOrganisation owner, PostIndex index, MatchingContext context,
            int top) {
        return corePosts.need(form, CorePosts.organisation(owner))
            .map(need -> engine.rankOffers(need, index, context, top));
    }

    @Override
    public Post otherSide(Candidate candidate) {
        return candidate.offer();
    }

    @Override
    public void index(StoredNeed post, StoredOrganisation owner, PostIndex index) {
        Optional<Need> matchable = post.status().isOpen() && post.remaining() > 0 && !owner.proposalsPaused()
                ? corePosts.readable(post, CorePosts.organisation(owner)) : Optional.empty();
        matchable.ifPresentOrElse(index::put, () -> index.removeNeed(post.id()));
    }

}
