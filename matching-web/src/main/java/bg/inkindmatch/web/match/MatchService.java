package bg.inkindmatch.web.match;

import bg.inkindmatch.web.post.PostTexts;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.post.OpenPosts;
import bg.inkindmatch.web.post.PostChanged;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Map;

/** An organisation's matches and its answers to them. */
@Service
public class MatchService {

    private static final int ATTEMPTS = 3;

    private final MatchRepository matches;

    private final OfferRepository offers;

    private final NeedRepository needs;

    private final OrganisationRepository organisations;

    private final Reservations reservations;

    private final CentreReceipts receipts;

    private final OpenPosts openPosts;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final MatchEventRepository events;

    private final MatchMails mails;

    private final PostTexts texts;

    MatchService(MatchRepository matches, OfferRepository offers, NeedRepository needs,
            OrganisationRepository organisations, Reservations reservations, CentreReceipts receipts,
            OpenPosts openPosts, TransactionTemplate transaction, Clock clock, MatchEventRepository events,
            MatchMails mails, PostTexts texts) {
        this.texts = texts;
        this.events = events;
        this.mails = mails;
        this.matches = matches;
        this.offers = offers;
        this.needs = needs;
        this.organisations = organisations;
        this.reservations = reservations;
        this.receipts = receipts;
        this.openPosts = openPosts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A match as one side sees it: the match, both posts (the other side's with its text
     * left out until a coordinator has seen it), and the other side only once agreed.
     */
    public record View(Match match, StoredOffer offer, StoredNeed need, Match.Side side,
            Optional<StoredOrganisation> otherSide) {
    }

    /**
     * The organisation's matches, newest first. Four queries whatever their number: the
     * matches, then their offers, needs and the other sides' organisations, each in one
     * query.
     */
    public List<View> of(StoredOrganisation organisation) {
        List<Match> found = matches.findOfOrganisation(organisation.id());
        Map<Long, StoredOffer> offersById = byId(
                offers.findAllById(found.stream().map(Match::offerId).distinct().toList()), StoredOffer::id);
        Map<Long, StoredNeed> needsById = byId(needs.findAllById(found.stream().map(Match::needId).distinct().toList()),
                StoredNeed::id);
        List<Long> others = found.stream()
            .filter(m -> m.status().isAgreedByBoth())
            .flatMap(m -> Stream.of(offersById.get(m.offerId()).organisationId(),
                    needsById.get(m.needId()).organisationId()))
            .filter(id -> id != organisation.id())
            .distinct()
            .toList();
        Map<Long, StoredOrganisation> organisationsById = byId(organisations.findAllById(others),
                StoredOrganisation::id);
        Set<Long> publishedOffers = texts.published(Side.OFFER, offersById.keySet());
        Set<Long> publishedNeeds = texts.published(Side.NEED, needsById.keySet());
        return found.stream()
            .map(m -> view(m, organisation, offersById.get(m.offerId()), needsById.get(m.needId()),
                    organisationsById::get, publishedOffers::contains, publishedNeeds::contains))
            .toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /**
     * How many matches wait for the organisation: proposals to answer and agreed matches
     * to hand over (one count query, for the navigation of every page).
     */
    public int countWaitingFor(StoredOrganisation organisation) {
        return matches.countWaitingFor(organisation.id());
    }

    /** One of the organisation's matches; another organisation's match is not found. */
    public View find(StoredOrganisation organisation, long id) {
        return matches.findById(id).map(m -> view(m, organisation)).orElseThrow(() -> new MatchNotFoundException(id));
    }

    /**
     * The organisation's answer to a proposal, by a button in the application.
     * Idempotent: a second click, a second tab or a late answer changes nothing; answers
     * of both sides at the same moment are applied one after the other.
     */
    public View answer(StoredOrganisation organisation, long id, Answer answer) {
        return answer(organisation, id, answer, Optional.empty());
    }

    /** The organisation's answer, with the reason of a decline if it gave one. */
    public View answer(StoredOrganisation organisation, long id, Answer answer, Optional<DeclineReason> reason) {
        View view = find(organisation, id);
        answerAs(id, view.side(), answer, reason, Channel.BUTTON, organisation.email());
        return find(organisation, id);
    }

    /** What happened when a side answered. */
    public enum Outcome {

        ANSWERED, ALREADY_ANSWERED, NO_LONGER_OPEN

    }

    /**
     * One side's answer to a proposal, from whatever channel. Changes nothing if that
     * side answered already or the proposal is no longer open.
     */
    Outcome answerAs(long id, Match.Side side, Answer answer, Optional<DeclineReason> reason, Channel channel,
            String actor) {
        for (int attempt = 1;; attempt++) {
            try {
                Outcome outcome = transaction
                    .execute(status -> answerOnce(id, side, answer, reason.orElse(null), channel, actor));
                Match match = matches.findById(id).orElseThrow();
                openPosts.refresh(new PostChanged(Side.OFFER, match.offerId()));
                openPosts.refresh(new PostChanged(Side.NEED, match.needId()));
                return outcome;
            }
            catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private Outcome answerOnce(long id, Match.Side side, Answer answer, DeclineReason reason, Channel channel,
            String actor) {
        Match before = matches.findById(id).orElseThrow(() -> new MatchNotFoundException(id));
        if (before.status() != MatchStatus.PROPOSED) {
            return Outcome.NO_LONGER_OPEN;
        }
        Match after = before.answered(side, answer, reason, clock.instant());
        if (after == before) {
            return Outcome.ALREADY_ANSWERED;
        }
        Match saved = matches.save(after);
        events.save(MatchEvent.of(before, saved, actor, channel,
                side + " " + answer + (saved.declineReason() == null ? "" : " " + saved.declineReason()),
                clock.instant()));
        StoredOffer offer = offers.findById(saved.offerId()).orElseThrow();
        StoredNeed need = needs.findById(saved.needId()).orElseThrow();
        if (saved.status() == MatchStatus.DECLINED) {
            reservations.release(saved.offerId(), saved.needId(), saved.units());
            receipts.released(saved.id());
        }
        if (saved.status() == MatchStatus.AGREED) {
            mails.agreed(saved, offer, need, organisations.findById(offer.organisationId()).orElseThrow(),
                    organisations.findById(need.organisationId()).orElseThrow());
        }
        return Outcome.ANSWERED;
    }

    /**
     * Either side marks an agreed match delivered. The units were taken when it was
     * proposed; a post with nothing left and nothing pending is then exhausted. Marking
     * again changes nothing.
     */
    public View deliver(StoredOrganisation organisation, long id) {
        View view = find(organisation, id);
        transaction.executeWithoutResult(status -> {
            Match before = matches.findById(id).orElseThrow();
            Match after = before.delivered(clock.instant());
            if (after != before) {
                Match saved = matches.save(after);
                events.save(MatchEvent.of(before, saved, organisation.email(), Channel.BUTTON,
                        view.side() + " DELIVERED", clock.instant()));
                settle(saved);
            }
        });
        return find(organisation, id);
    }

    private void settle(Match delivered) {
        boolean offerPending = matches.countPendingOfOffer(delivered.offerId()) > 0;
        boolean needPending = matches.countPendingOfNeed(delivered.needId()) > 0;
        StoredOffer offer = offers.findById(delivered.offerId()).orElseThrow();
        if (offer.remaining() == 0 && !offerPending && offer.status().isOpen()) {
            offers.save(offer.exhausted(clock.instant()));
        }
        StoredNeed need = needs.findById(delivered.needId()).orElseThrow();
        if (need.remaining() == 0 && !needPending && need.status().isOpen()) {
            needs.save(need.exhausted(clock.instant()));
        }
    }

    /** The organisation that answers for a side of the match. */
    StoredOrganisation sideOf(Match match, Match.Side side) {
        long organisationId = side == Match.Side.COMPANY
                ? offers.findById(match.offerId()).orElseThrow().organisationId()
                : needs.findById(match.needId()).orElseThrow().organisationId();
        return organisations.findById(organisationId).orElseThrow();
    }

    /** The recorded changes of a match, oldest first. */
    public List<MatchEvent> history(long matchId) {
        return events.findByMatchIdOrderByIdAsc(matchId);
    }

    /**
     * A match as the side that made its offer sees it, for the jobs that act for that
     * side (a reminder of a training session).
     */
    /**
     * Agreed matches whose handover is overdue: agreed before the moment, or past their
     * need's date; seen from the giving side.
     */
    public List<View> stuck(Instant agreedBefore, LocalDate today) {
        return matches.findStuck(agreedBefore, today).stream().map(match -> asGiver(match.id())).toList();
    }

    public View asGiver(long id) {
        Match match = matches.findById(id).orElseThrow(() -> new MatchNotFoundException(id));
        StoredOffer offer = offers.findById(match.offerId()).orElseThrow();
        return view(match, organisations.findById(offer.organisationId()).orElseThrow());
    }

    private View view(Match match, StoredOrganisation organisation) {
        return view(match, organisation, offers.findById(match.offerId()).orElseThrow(),
                needs.findById(match.needId()).orElseThrow(), id -> organisations.findById(id).orElse(null),
                id -> texts.isPublished(Side.OFFER, id), id -> texts.isPublished(Side.NEED, id));
    }

    private static View view(Match match, StoredOrganisation organisation, StoredOffer offer, StoredNeed need,
            Function<Long, StoredOrganisation> organisationOf, Predicate<Long> offerPublished,
            Predicate<Long> needPublished) {
        Match.Side side;
        long other;
        if (offer.organisationId() == organisation.id()) {
            side = Match.Side.COMPANY;
            other = need.organisationId();
        }
        else if (need.organisationId() == organisation.id()) {
            side = Match.Side.CENTRE;
            other = offer.organisationId();
        }
        else {
            throw new MatchNotFoundException(match.id());
        }
        Optional<StoredOrganisation> contact = match.status().isAgreedByBoth()
                ? Optional.ofNullable(organisationOf.apply(other)) : Optional.empty();
        StoredOffer shownOffer = side == Match.Side.CENTRE && !offerPublished.test(offer.id())
                ? offer.withTextWithheld() : offer;
        StoredNeed shownNeed = side == Match.Side.COMPANY && !needPublished.test(need.id()) ? need.withTextWithheld()
                : need;
        return new View(match, shownOffer, shownNeed, side, contact);
    }

}
