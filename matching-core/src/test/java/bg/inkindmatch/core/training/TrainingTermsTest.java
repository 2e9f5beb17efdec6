package bg.inkindmatch.core.training;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.scoring.Eligibility;
import bg.inkindmatch.core.scoring.HardRule;
import bg.inkindmatch.core.scoring.MatchingPolicy;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.core.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static bg.inkindmatch.core.Fixtures.PLACES;
import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static bg.inkindmatch.core.Fixtures.TODAY;
import static bg.inkindmatch.core.Fixtures.VARNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A workplace training meets a request when a format both accept and a language both
 * speak exist; one that can be held online reaches a request anywhere.
 */
class TrainingTermsTest {

    private static final Organisation CENTRE = new Organisation(1, OrganisationKind.CENTRE, true);

    private static final Organisation HOSPITAL = new Organisation(2, OrganisationKind.INSTITUTION, true);

    private final Eligibility eligibility = new Eligibility(TAXONOMY, PLACES, MatchingPolicy.DEFAULTS);

    private static TrainingTerms terms(TrainingFormat format, String... languages) {
        return new TrainingTerms(format, Set.of(languages));
    }

    private static Offer training(TrainingTerms terms, Reach reach) {
        return new Offer(10, CENTRE, "Формите на насилие", "", TAXONOMY.require("workplace.violence-awareness"),
                Quantity.of(30, Unit.SEAT), 30, TODAY, TODAY.plusDays(90), PLACES.requireMunicipality(RUSE), reach,
                Optional.empty(), PostStatus.OPEN, Optional.of(terms));
    }

    private static Need request(TrainingTerms terms, String municipality) {
        return new Need(20, HOSPITAL, "Обучение за персонала", "", TAXONOMY.require("workplace.violence-awareness"),
                Quantity.of(25, Unit.SEAT), 25, TODAY.plusDays(60), Urgency.NORMAL,
                PLACES.requireMunicipality(municipality), PostStatus.OPEN, Optional.of(terms));
    }

    @Test
    void aFormatBothAcceptAndALanguageBothSpeak() {
        Offer onSiteInBulgarian = training(terms(TrainingFormat.ON_SITE, "bg"), Reach.PROVINCE);

        assertThat(
                eligibility.eligible(onSiteInBulgarian, request(terms(TrainingFormat.EITHER, "bg", "en"), RUSE), TODAY))
            .isTrue();
        assertThat(eligibility.violations(onSiteInBulgarian, request(terms(TrainingFormat.ONLINE, "bg"), RUSE), TODAY))
            .containsExactly(HardRule.TRAINING_TERMS_FIT);
        assertThat(eligibility.violations(onSiteInBulgarian, request(terms(TrainingFormat.ON_SITE, "en"), RUSE), TODAY))
            .containsExactly(HardRule.TRAINING_TERMS_FIT);
    }

    @Test
    void anOnlineTrainingReachesEverywhereAndAnOnSiteOneOnlyItsRegions() {
        Need inVarna = request(terms(TrainingFormat.EITHER, "bg"), VARNA);

        assertThat(
                eligibility.eligible(training(terms(TrainingFormat.ONLINE, "bg"), Reach.MUNICIPALITY), inVarna, TODAY))
            .isTrue();
        assertThat(
                eligibility.violations(training(terms(TrainingFormat.ON_SITE, "bg"), Reach.PROVINCE), inVarna, TODAY))
            .containsExactly(HardRule.WITHIN_REACH);
        assertThat(eligibility.violations(training(terms(TrainingFormat.EITHER, "bg"), Reach.PROVINCE),
                request(terms(TrainingFormat.ON_SITE, "bg"), VARNA), TODAY))
            .as("held on site in Varna: out of the province it travels to")
            .containsExactly(HardRule.WITHIN_REACH);
    }

    @Test
    void theIndexHandsAnOnlineTrainingToARequestInAnotherProvince() {
        PostIndex index = new PostIndex(TAXONOMY, PLACES, new TextAnalyzer(), MatchingPolicy.DEFAULTS);
        Offer online = training(terms(TrainingFormat.ONLINE, "bg"), Reach.MUNICIPALITY);
        index.put(online);
        Need inVarna = request(terms(TrainingFormat.ONLINE, "bg"), VARNA);
        index.put(inVarna);

        List<Long> offers = new ArrayList<>();
        index.forEachOfferReaching(inVarna.category(), inVarna.handover(), entry -> offers.add(entry.post().id()));
        List<Long> needs = new ArrayList<>();
        index.forEachNeedReachableFrom(online, entry -> needs.add(entry.post().id()));

        assertThat(offers).containsExactly(10L);
        assertThat(needs).containsExactly(20L);
    }

    @Test
    void termsNameAtLeastOneLanguageAsItsCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> terms(TrainingFormat.ONLINE));
        assertThatIllegalArgumentException().isThrownBy(() -> terms(TrainingFormat.ONLINE, "български"));
    }

}
