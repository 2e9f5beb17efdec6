package bg.inkindmatch.web.match;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.allocation.AllocatedPair;
import bg.inkindmatch.core.allocation.Allocation;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.CorePosts;
import bg.inkindmatch.web.post.MatchablePosts;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.OpenPosts;
import bg.inkindmatch.web.post.PostChanged;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.post.StoredPost;
import bg.inkindmatch.web.system.InKindProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A matching round: after a post is created or changed ({@link RoundRequests}, run off
 * the request by {@link RoundWorker}), the engine allocates the free units of the open
 * posts of the post's category family (posts of other families can neither meet it nor
 * compete with the posts that can, so the round costs the family and not the database),
 * and each allocated pair becomes a proposed match whose units are reserved. Rounds read
 * the database, so several instances propose consistently; reservations are conditional
 * updates, so a pair whose units another round took meanwhile is simply not proposed (its
 * units are gone). Posts of organisations that paused incoming proposals take no part.
 */
@Component
public class MatchingRounds {

    private static final Logger log = LoggerFactory.getLogger(MatchingRounds.class);

    private final MatchingEngine engine;

    private final OfferRepository offers;

    private final MatchablePosts matchable;

    private final NeedRepository needs;

    private final OrganisationRepository organisations;

    private final MatchRepository matches;

    private final Reservations reservations;

    private final CorePosts corePosts;

    private final OpenPosts openPosts;

    private final CentreReceipts receipts;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final Duration proposalValidity;

    private final MatchEventRepository events;

    private final MatchMails mails;

    /**
     * Deadlocks and serialisation failures between concurrent rounds are retried, with a
     * short back-off.
     */
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
        .predicate(problem -> problem instanceof ConcurrencyFailureException
                || problem instanceof TransientDataAccessException)
        .maxRetries(5)
        .delay(Duration.ofMillis(20))
        .multiplier(2)
        .jitter(Duration.ofMillis(10))
        .build());

    MatchingRounds(MatchingEngine engine, OfferRepository offers, MatchablePosts matchable, NeedRepository needs,
            OrganisationRepository organisations, MatchRepository matches, Reservations reservations,
            CorePosts corePosts, OpenPosts openPosts, CentreReceipts receipts, TransactionTemplate transaction,
            Clock clock, InKindProperties properties, MatchEventRepository events, MatchMails mails) {
        this.events = events;
        this.mails = mails;
        this.engine = engine;
        this.offers = offers;
        this.matchable = matchable;
        this.needs = needs;
        this.organisations = organisations;
        this.matches = matches;
        this.reservations = reservations;
        this.corePosts = corePosts;
        this.openPosts = openPosts;
        this.receipts = receipts;
        this.transaction = transaction;
        this.clock = clock;
        this.proposalValidity = properties.matching().proposalValidity();
    }

    /**
     * Runs a round in the family named by its first category's code; nothing if the
     * taxonomy no longer has it.
     */
    List<Match> runFamily(String family) {
        return engine.taxonomy().family(family).map(this::run).orElse(List.of());
    }

    /**
     * Runs a round over the open posts with free units of one category family; returns
     * the matches it proposed.
     */
    List<Match> run(List<Category> family) {
        List<StoredOffer> storedOffers = matchableOf(family, matchable::offers);
        List<StoredNeed> storedNeeds = matchableOf(family, matchable::needs);
        if (storedOffers.isEmpty() || storedNeeds.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredOrganisation> owners = ownersOf(storedOffers, storedNeeds);
        List<Offer> openOffers = matchable(storedOffers, owners, (offer, owner) -> corePosts.readable(offer, owner));
        List<Need> openNeeds = matchable(storedNeeds, owners, (need, owner) -> corePosts.readable(need, owner));
        if (openOffers.isEmpty() || openNeeds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Allocation allocation = engine.allocate(openOffers, openNeeds,
                new MatchingContext(today, recentReceipts(openNeeds)));
        List<Match> proposed = allocation.pairs()
            .stream()
            .map(pair -> retry.invoke(() -> propose(pair, owners)))
            .flatMap(Optional::stream)
            .toList();
        proposed.forEach(match -> {
            openPosts.refresh(new PostChanged(Side.OFFER, match.offerId()));
            openPosts.refresh(new PostChanged(Side.NEED, match.needId()));
        });
        if (!proposed.isEmpty()) {
            log.info("Matching round proposed {} matches", proposed.size());
        }
        return proposed;
    }

    /**
     * Reserves the units, records the proposal and writes both e-mails, all in one
     * transaction.
     */
    private Optional<Match> propose(AllocatedPair pair, Map<Long, StoredOrganisation> organisationsById) {
        Instant now = clock.instant();
        return Optional.ofNullable(transaction.execute(status -> {
            if (!reservations.take(pair.offerId(), pair.needId(), pair.units())) {
                status.setRollbackOnly();
                return null;
            }
            Match match = matches
                .save(Match.propose(pair.offerId(), pair.needId(), pair.units(), pair.candidate().score().value(),
                        pair.candidate().score().breakdown(), now, now.plus(proposalValidity)));
            events.save(MatchEvent.of(null, match, "system", Channel.ROUND, "PROPOSED", now));
            receipts.proposed(match.id());
            var offer = offers.findById(match.offerId()).orElseThrow();
            var need = needs.findById(match.needId()).orElseThrow();
            mails.proposed(match, offer, need, organisationsById.get(offer.organisationId()),
                    organisationsById.get(need.organisationId()));
            return match;
        }));
    }

    private static <S> List<S> matchableOf(List<Category> family, Function<String, List<S>> ofCategory) {
        return family.stream().map(Category::code).map(ofCategory).flatMap(List::stream).toList();
    }

    /** The organisations that own the posts, by id. */
    private Map<Long, StoredOrganisation> ownersOf(List<StoredOffer> storedOffers, List<StoredNeed> storedNeeds) {
        Set<Long> ids = new HashSet<>();
        storedOffers.forEach(offer -> ids.add(offer.organisationId()));
        storedNeeds.forEach(need -> ids.add(need.organisationId()));
        return organisations.findAllById(ids)
            .stream()
            .collect(Collectors.toMap(StoredOrganisation::id, Function.identity()));
    }

    /**
     * How many matches each centre of the round's needs was proposed or given in the
     * fairness window.
     */
    private Map<Long, Integer> recentReceipts(List<Need> openNeeds) {
        Set<Long> centres = openNeeds.stream().map(need -> need.organisation().id()).collect(Collectors.toSet());
        return receipts.recent(centres);
    }

    /**
     * The posts that can take part in a round: open, with free units, of an organisation
     * that takes proposals, and readable as the engine's records.
     */
    private static <S extends StoredPost, P> List<P> matchable(List<S> posts, Map<Long, StoredOrganisation> owners,
            BiFunction<S, Organisation, Optional<P>> readable) {
        return posts.stream()
            .filter(post -> !owners.get(post.organisationId()).proposalsPaused())
            .flatMap(post -> readable.apply(post, CorePosts.organisation(owners.get(post.organisationId()))).stream())
            .toList();
    }

}
