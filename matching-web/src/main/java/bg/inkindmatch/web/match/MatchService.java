package bg.inkindmatch.web.match;

import bg.inkindmatch.web.need.Need;
import bg.inkindmatch.web.need.NeedRepository;
import bg.inkindmatch.web.offer.Offer;
import bg.inkindmatch.web.offer.OfferRepository;
import bg.inkindmatch.web.organisation.Organisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.post.OpenPosts;
import bg.inkindmatch.web.post.PostChanged;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** An organisation's matches and its answers to them. */
@Service
public class MatchService {

    private static final int ATTEMPTS = 3;

    private final MatchRepository matches;
    private final OfferRepository offers;
    private final NeedRepository needs;
    private final OrganisationRepository organisations;
    private final Reservations reservations;
    private final OpenPosts openPosts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MatchService(MatchRepository matches, OfferRepository offers, NeedRepository needs,
                 OrganisationRepository organisations, Reservations reservations, OpenPosts openPosts,
                 TransactionTemplate transaction, Clock clock) {
        this.matches = matches;
        this.offers = offers;
        this.needs = needs;
        this.organisations = organisations;
        this.reservations = reservations;
        this.openPosts = openPosts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A match as one side sees it: the match, both posts, and the other side only once agreed. */
    public record View(Match match, Offer offer, Need need, Match.Side side, Optional<Organisation> otherSide) {
    }

    /** The organisation's matches, newest first. */
    public List<View> of(Organisation organisation) {
        return matches.findOfOrganisation(organisation.id()).stream().map(m -> view(m, organisation)).toList();
    }

    /** One of the organisation's matches; another organisation's match is not found. */
    public View find(Organisation organisation, long id) {
        return matches.findById(id).map(m -> view(m, organisation)).orElseThrow(() -> new MatchNotFoundException(id));
    }

    /**
     * The organisation's answer to a proposal. Idempotent: a second click, a second tab or a late answer
     * changes nothing; answers of both sides at the same moment are applied one after the other.
     */
    public View answer(Organisation organisation, long id, Answer answer) {
        for (int attempt = 1; ; attempt++) {
            try {
                View answered = transaction.execute(status -> answerOnce(organisation, id, answer));
                openPosts.refresh(new PostChanged(PostChanged.Side.OFFER, answered.offer().id()));
                openPosts.refresh(new PostChanged(PostChanged.Side.NEED, answered.need().id()));
                return answered;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private View answerOnce(Organisation organisation, long id, Answer answer) {
        View view = find(organisation, id);
        Match before = view.match();
        Match after = before.answered(view.side(), answer, clock.instant());
        if (after == before) {
            return view;
        }
        Match saved = matches.save(after);
        if (saved.status() == MatchStatus.DECLINED) {
            reservations.release(saved.offerId(), saved.needId(), saved.units());
        }
        return view(saved, organisation);
    }

    private View view(Match match, Organisation organisation) {
        Offer offer = offers.findById(match.offerId()).orElseThrow();
        Need need = needs.findById(match.needId()).orElseThrow();
        Match.Side side;
        long other;
        if (offer.organisationId() == organisation.id()) {
            side = Match.Side.COMPANY;
            other = need.organisationId();
        } else if (need.organisationId() == organisation.id()) {
            side = Match.Side.CENTRE;
            other = offer.organisationId();
        } else {
            throw new MatchNotFoundException(match.id());
        }
        Optional<Organisation> contact = match.status() == MatchStatus.AGREED || match.status() == MatchStatus.DELIVERED
                ? organisations.findById(other) : Optional.empty();
        return new View(match, offer, need, side, contact);
    }
}
