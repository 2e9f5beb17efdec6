package bg.inkindmatch.web.match;

import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.core.scoring.ScoreLine;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A proposed (and later agreed, declined, expired or delivered) match of an offer and a
 * need.
 */
@Table("match_proposal")
public record Match(@Id Long id, long offerId, long needId, int units, double score, String reasons, MatchStatus status,
        Answer companyAnswer, Answer centreAnswer, Instant proposedAt, Instant expiresAt, Instant decidedAt,
        Instant remindedAt, DeclineReason declineReason, @Version Integer version) {

    /** A new proposal. */
    static Match propose(long offerId, long needId, int units, double score, List<ScoreLine> breakdown, Instant now,
            Instant expiresAt) {
        return new Match(null, offerId, needId, units, score, StoredReasons.write(breakdown), MatchStatus.PROPOSED,
                null, null, now, expiresAt, null, null, null, null);
    }

    /** The breakdown of the score. */
    public List<ScoreLine> breakdown() {
        return StoredReasons.read(reasons);
    }

    /** The lines that speak most for the match, largest first. */
    public List<ScoreLine> strongestReasons(int limit) {
        return breakdown().stream()
            .filter(line -> line.contribution() > 0)
            .sorted(Comparator.comparingDouble(ScoreLine::contribution).reversed())
            .limit(limit)
            .toList();
    }

    /**
     * This match after one side's answer: a decline declines it; the second acceptance
     * agrees it. Answering again, or answering a match that is no longer proposed,
     * changes nothing.
     */
    Match answered(Side side, Answer answer, Instant now) {
        return answered(side, answer, null, now);
    }

    /**
     * This match after one side's answer, with the reason of a decline (kept for a
     * decline only, and may be null).
     */
    Match answered(Side side, Answer answer, DeclineReason reason, Instant now) {
        if (status != MatchStatus.PROPOSED || hasAnswered(side)) {
            return this;
        }
        Answer company = side == Side.COMPANY ? answer : companyAnswer;
        Answer centre = side == Side.CENTRE ? answer : centreAnswer;
        MatchStatus next = answer == Answer.DECLINED ? MatchStatus.DECLINED
                : company == Answer.ACCEPTED && centre == Answer.ACCEPTED ? MatchStatus.AGREED : MatchStatus.PROPOSED;
        return new Match(id, offerId, needId, units, score, reasons, next, company, centre, proposedAt, expiresAt,
                next == MatchStatus.PROPOSED ? null : now, remindedAt, next == MatchStatus.DECLINED ? reason : null,
                version);
    }

    /**
     * This proposal, expired unanswered (a proposal only; anything else stays as it is).
     */
    Match expired(Instant now) {
        return status != MatchStatus.PROPOSED ? this
                : new Match(id, offerId, needId, units, score, reasons, MatchStatus.EXPIRED, companyAnswer,
                        centreAnswer, proposedAt, expiresAt, now, remindedAt, declineReason, version);
    }

    /** This proposal, with its reminder sent. */
    Match reminded(Instant now) {
        return new Match(id, offerId, needId, units, score, reasons, status, companyAnswer, centreAnswer, proposedAt,
                expiresAt, decidedAt, now, declineReason, version);
    }

    /** This agreed match, handed over (an agreed match only). */
    Match delivered(Instant now) {
        return status != MatchStatus.AGREED ? this
                : new Match(id, offerId, needId, units, score, reasons, MatchStatus.DELIVERED, companyAnswer,
                        centreAnswer, proposedAt, expiresAt, now, remindedAt, declineReason, version);
    }

    /** Whether the proposal waits for the side's answer. */
    public boolean awaitsAnswerFrom(Side side) {
        return status == MatchStatus.PROPOSED && !hasAnswered(side);
    }

    /** Whether the given side has answered. */
    boolean hasAnswered(Side side) {
        return answerOf(side) != null;
    }

    /** The given side's answer, or null while it has not answered. */
    public Answer answerOf(Side side) {
        return side == Side.COMPANY ? companyAnswer : centreAnswer;
    }

    /**
     * The two sides of a match: who gives (the offer's) and who receives (the need's).
     */
    public enum Side {

        COMPANY, CENTRE;

        /**
         * The side an organisation is on in a match: the offer's (called the company's,
         * though a centre gives its trainings from it) or the need's (the centre's).
         */
        public static Side of(StoredOffer offer, long organisationId) {
            return offer.organisationId() == organisationId ? COMPANY : CENTRE;
        }

    }
}
