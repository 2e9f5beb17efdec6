package bg.inkindmatch.web.match;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a match, without a database: who may answer, when it is agreed, what
 * repeats change.
 */
class MatchTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private static Match proposal() {
        return Match.propose(1, 2, 5, 0.8, List.of(), NOW, NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void theSecondAcceptanceAgreesTheMatch() {
        Match companyAccepted = proposal().answered(Match.Side.COMPANY, Answer.ACCEPTED, NOW);
        assertThat(companyAccepted.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(companyAccepted.hasAnswered(Match.Side.COMPANY)).isTrue();
        assertThat(companyAccepted.hasAnswered(Match.Side.CENTRE)).isFalse();
        assertThat(companyAccepted.decidedAt()).isNull();

        Match agreed = companyAccepted.answered(Match.Side.CENTRE, Answer.ACCEPTED, LATER);
        assertThat(agreed.status()).isEqualTo(MatchStatus.AGREED);
        assertThat(agreed.decidedAt()).isEqualTo(LATER);
        assertThat(agreed.status().isAgreedByBoth()).isTrue();
    }

    @Test
    void aDeclineDeclinesAtOnceAndNothingChangesItAfterwards() {
        Match declined = proposal().answered(Match.Side.CENTRE, Answer.DECLINED, NOW);
        assertThat(declined.status()).isEqualTo(MatchStatus.DECLINED);

        assertThat(declined.answered(Match.Side.COMPANY, Answer.ACCEPTED, LATER)).isSameAs(declined);
        assertThat(declined.expired(LATER)).isSameAs(declined);
        assertThat(declined.delivered(LATER)).isSameAs(declined);
        assertThat(declined.status().holdsUnits()).isFalse();
    }

    @Test
    void aSideAnswersOnce() {
        Match accepted = proposal().answered(Match.Side.COMPANY, Answer.ACCEPTED, NOW);

        assertThat(accepted.answered(Match.Side.COMPANY, Answer.DECLINED, LATER)).isSameAs(accepted);
    }

    @Test
    void onlyAProposalExpiresAndOnlyAnAgreedMatchIsHandedOver() {
        assertThat(proposal().delivered(LATER).status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(proposal().expired(LATER).status()).isEqualTo(MatchStatus.EXPIRED);

        Match agreed = proposal().answered(Match.Side.COMPANY, Answer.ACCEPTED, NOW)
            .answered(Match.Side.CENTRE, Answer.ACCEPTED, NOW);
        assertThat(agreed.expired(LATER)).isSameAs(agreed);
        Match delivered = agreed.delivered(LATER);
        assertThat(delivered.status()).isEqualTo(MatchStatus.DELIVERED);
        assertThat(delivered.status().isPending()).isFalse();
        assertThat(delivered.status().holdsUnits()).isTrue();
    }

    @Test
    void theStatesThatHoldUnitsAreNamedForSql() {
        assertThat(MatchStatus.namesWhere(MatchStatus::isPending)).containsExactly("PROPOSED", "AGREED");
        assertThat(MatchStatus.namesWhere(MatchStatus::holdsUnits)).containsExactly("PROPOSED", "AGREED", "DELIVERED");
    }

}
