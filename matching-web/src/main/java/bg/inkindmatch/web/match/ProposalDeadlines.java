package bg.inkindmatch.web.match;

import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.system.RowByRow;
import bg.inkindmatch.web.post.OpenPosts;
import bg.inkindmatch.web.post.PostChanged;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the answer time of proposals: a reminder to the sides that have not answered,
 * once, shortly before a proposal expires; then the expiry, which gives the units back.
 * Each proposal is handled in a transaction of its own, with its e-mails, and recorded in
 * the audit trail.
 */
@Component
class ProposalDeadlines {

    private final MatchRepository matches;

    private final MatchEventRepository events;

    private final Reservations reservations;

    private final CentreReceipts receipts;

    private final MatchMails mails;

    private final MatchService service;

    private final OpenPosts openPosts;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final Duration remindBefore;

    ProposalDeadlines(MatchRepository matches, MatchEventRepository events, Reservations reservations,
            CentreReceipts receipts, MatchMails mails, MatchService service, OpenPosts openPosts,
            TransactionTemplate transaction, Clock clock, InKindProperties properties) {
        this.matches = matches;
        this.events = events;
        this.reservations = reservations;
        this.receipts = receipts;
        this.mails = mails;
        this.service = service;
        this.openPosts = openPosts;
        this.transaction = transaction;
        this.clock = clock;
        this.remindBefore = properties.matching().remindBefore();
    }

    /** Sends the due reminders and expires the proposals whose time is over. */
    void run() {
        Instant now = clock.instant();
        RowByRow.each("match-reminders", matches.findToRemind(now, now.plus(remindBefore)),
                match -> transaction.executeWithoutResult(status -> {
                    Match reminded = matches.save(match.reminded(now));
                    mails.reminder(reminded, service.sideOf(reminded, Match.Side.COMPANY),
                            service.sideOf(reminded, Match.Side.CENTRE));
                }));
        RowByRow.each("match-expiry", matches.findExpired(now), match -> {
            transaction.executeWithoutResult(status -> {
                Match expired = matches.save(match.expired(now));
                reservations.release(expired.offerId(), expired.needId(), expired.units());
                receipts.released(expired.id());
                events.save(MatchEvent.of(match, expired, "system", Channel.EXPIRY_JOB, "EXPIRED", now));
            });
            openPosts.refresh(new PostChanged(Side.OFFER, match.offerId()));
            openPosts.refresh(new PostChanged(Side.NEED, match.needId()));
        });
    }

}
