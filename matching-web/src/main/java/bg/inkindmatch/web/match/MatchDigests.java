package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.RowByRow;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
record MatchDigests(DigestQueue queue, MatchRepository matches, OrganisationRepository organisations, MatchMails mails,
        TransactionTemplate transaction, Clock clock) {

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
        Match.Side side = Match.Side.of(organisation.kind());
        List<Match> fresh = matches.findAllById(queue.take(organisation.id()))
            .stream()
            .filter(match -> isWaitingFor(match, side, now))
            .toList();
        if (!organisation.isApproved() || !organisation.mailPreference().wantsMail()) {
            return false;
        }
        Set<Long> freshIds = new HashSet<>(fresh.stream().map(Match::id).toList());
        List<Match> expiringSoon = organisation.mailPreference() != MailPreference.DAILY ? List.of()
                : awaitingAnswer(organisation, side, now).stream()
                    .filter(match -> !freshIds.contains(match.id()))
                    .toList();
        if (fresh.isEmpty() && expiringSoon.isEmpty()) {
            return false;
        }
        mails.digest(organisation, fresh, expiringSoon);
        return true;
    }

    private List<Match> awaitingAnswer(StoredOrganisation organisation, Match.Side side, Instant now) {
        return side == Match.Side.COMPANY
                ? matches.findAwaitingCompanyNonCritical(organisation.id(), now, now.plus(PERIOD))
                : matches.findAwaitingCentreNonCritical(organisation.id(), now, now.plus(PERIOD));
    }

    private static boolean isWaitingFor(Match match, Match.Side side, Instant now) {
        return match.status() == MatchStatus.PROPOSED && !match.hasAnswered(side) && match.expiresAt().isAfter(now);
    }

}
