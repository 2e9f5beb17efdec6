package bg.inkindmatch.web.match;

import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.system.RowByRow;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily digest: for each organisation that chose it, one e-mail with the proposals
 * made since the last digest and, as the reminder, those of its proposals still waiting
 * for its answer that expire before the next digest. Proposals queued before an
 * organisation changed its choice still go out in one last digest, unless it stopped
 * e-mail. Each organisation in a transaction of its own.
 */
@Component
record MatchDigests(DigestQueue queue, MatchRepository matches, OfferRepository offers,
        OrganisationRepository organisations, MatchMails mails, TransactionTemplate transaction, Clock clock) {

    /** How far ahead the digest reminds: until the next digest. */
    static final Duration PERIOD = Duration.ofDays(1);

    /** Sends today's digests; returns how many. */
    int run() {
        Instant now = clock.instant();
        Set<Long> waiting = new HashSet<>(queue.organisationsWaiting());
        int[] sent = { 0 };
        RowByRow.each("match-digest", organisations.findAll(), organisation -> {
            if (waiting.contains(organisation.id()) || organisation.mailPreference() == MailPreference.DAILY) {
                Boolean digest = transaction.execute(status -> digestFor(organisation, now));
                sent[0] += Boolean.TRUE.equals(digest) ? 1 : 0;
            }
        });
        return sent[0];
    }

    private boolean digestFor(StoredOrganisation organisation, Instant now) {
        List<Match> fresh = matches.findAllById(queue.take(organisation.id()))
            .stream()
            .filter(match -> isWaitingFor(match, sideOf(match, organisation), now))
            .toList();
        if (!organisation.isApproved() || !organisation.mailPreference().wantsMail()) {
            return false;
        }
        Set<Long> freshIds = new HashSet<>(fresh.stream().map(Match::id).toList());
        List<Match> expiringSoon = organisation.mailPreference() != MailPreference.DAILY ? List.of()
                : awaitingAnswer(organisation, now).stream().filter(match -> !freshIds.contains(match.id())).toList();
        if (fresh.isEmpty() && expiringSoon.isEmpty()) {
            return false;
        }
        mails.digest(organisation, fresh, expiringSoon);
        return true;
    }

    /**
     * What waits for the organisation's answer, on either side: it may give and receive.
     */
    private List<Match> awaitingAnswer(StoredOrganisation organisation, Instant now) {
        List<Match> waiting = new ArrayList<>(
                matches.findAwaitingCompanyNonCritical(organisation.id(), now, now.plus(PERIOD)));
        waiting.addAll(matches.findAwaitingCentreNonCritical(organisation.id(), now, now.plus(PERIOD)));
        return waiting;
    }

    private Match.Side sideOf(Match match, StoredOrganisation organisation) {
        return Match.Side.of(offers.findById(match.offerId()).orElseThrow(), organisation.id());
    }

    private static boolean isWaitingFor(Match match, Match.Side side, Instant now) {
        return match.status() == MatchStatus.PROPOSED && !match.hasAnswered(side) && match.expiresAt().isAfter(now);
    }

}
