package bg.inkindmatch.core.scoring;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.taxonomy.CategoryCloseness;
import bg.inkindmatch.core.taxonomy.Taxonomy;
import bg.inkindmatch.core.text.TextAnalyzer;
import bg.inkindmatch.core.text.TextProfile;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores an eligible (offer, need) pair: the weighted mean of the values of the
 * {@link Criterion criteria}, in [0, 1], with a breakdown that explains each value.
 * Scoring does not check the hard rules; {@link Eligibility} does.
 *
 * <p>
 * Two ways in: {@link #score} gives the full {@link Score} with its reasons;
 * {@link #value} gives the same number without building the breakdown, for ranking many
 * pairs quickly. Immutable and safe to share between threads.
 */
public final class Scorer {

    static final int URGENT_DAYS = 7;
    static final int CALM_DEADLINE_DAYS = 60;
    static final int EXPIRY_SOON_DAYS = 7;
    static final int EXPIRY_CALM_DAYS = 90;
    static final double SAME_PROVINCE = 0.75;
    static final double FAR_SCALE = 0.5;
    static final double FAR_HALF_KM = 100;

    private final Taxonomy taxonomy;

    private final Places places;

    private final TextAnalyzer analyzer;

    private final double[] shares;

    private final Criterion[] criteria = Criterion.values();

    /**
     * A scorer over the given taxonomy and places, weighting the criteria as the policy
     * says.
     */
    public Scorer(Taxonomy taxonomy, Places places, TextAnalyzer analyzer, MatchingPolicy policy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.places = Objects.requireNonNull(places, "places");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.shares = new double[Criterion.values().length];
        for (Criterion criterion : Criterion.values()) {
            shares[criterion.ordinal()] = Objects.requireNonNull(policy, "policy").weights().share(criterion);
        }
    }

    /**
     * The profile of a post's title and description, for the methods that take profiles.
     */
    public TextProfile profile(String title, String description) {
        return analyzer.profile(title, description);
    }

    /** The score of the pair with its breakdown. */
    public Score score(Offer offer, Need need, MatchingContext context) {
        return score(offer, profile(offer.title(), offer.description()), need,
                profile(need.title(), need.description()), context);
    }

    /**
     * The score of the pair with its breakdown, given the text profiles of both posts.
     */
    public Score score(Offer offer, TextProfile offerText, Need need, TextProfile needText, MatchingContext context) {
        List<ScoreLine> lines = new ArrayList<>(Criterion.values().length);
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            double value = valueOf(criterion, offer, offerText, need, needText, context);
            ScoreLine line = new ScoreLine(criterion, shares[criterion.ordinal()], value,
                    reasonFor(criterion, value, offer, need, context));
            lines.add(line);
            total += line.contribution();
        }
        return new Score(clamp(total), lines);
    }

    /** The same number as {@code score(...).value()}, without the breakdown. */
    public double value(Offer offer, TextProfile offerText, Need need, TextProfile needText, MatchingContext context) {
        double total = 0;
        for (Criterion criterion : criteria) {
            double share = shares[criterion.ordinal()];
            if (share > 0) {
                total += share * valueOf(criterion, offer, offerText, need, needText, context);
            }
        }
        return clamp(total);
    }

    /**
     * The same number as {@link #value}, or a number below {@code floor} when the pair
     * certainly scores below it: the text comparison, the dearest criterion, is skipped
     * when even identical texts could not lift the pair to the floor. Ranking uses it to
     * pass over pairs that cannot enter its top k.
     */
    public double valueUnlessBelow(Offer offer, TextProfile offerText, Need need, TextProfile needText,
            MatchingContext context, double floor) {
        double withoutText = 0;
        for (Criterion criterion : criteria) {
            double share = shares[criterion.ordinal()];
            if (share > 0 && criterion != Criterion.TEXT) {
                withoutText += share * valueOf(criterion, offer, offerText, need, needText, context);
            }
        }
        double textShare = shares[Criterion.TEXT.ordinal()];
        if (withoutText + textShare < floor) {
            return withoutText + textShare;
        }
        return value(offer, offerText, need, needText, context);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private double valueOf(Criterion criterion, Offer offer, TextProfile offerText, Need need, TextProfile needText,
            MatchingContext context) {
        return switch (criterion) {
            case CATEGORY -> taxonomy.closeness(offer.category(), need.category()).value();
            case TEXT -> offerText.similarity(needText);
            case QUANTITY -> Math.min(1.0, (double) offer.remaining() / need.remaining());
            case DISTANCE -> distanceValue(offer, need);
            case URGENCY -> need.urgency().weight();
            case DEADLINE -> falling(daysUntilDeadline(need, context), URGENT_DAYS, CALM_DEADLINE_DAYS);
            case EXPIRY -> falling(daysUntilExpiry(offer, context), EXPIRY_SOON_DAYS, EXPIRY_CALM_DAYS);
            case FAIRNESS -> 1.0 / (1 + context.recentReceiptsOf(need.organisation().id()));
        };
    }

    private double distanceValue(Offer offer, Need need) {
        if (offer.origin().code().equals(need.handover().code())) {
            return 1;
        }
        if (offer.origin().provinceCode().equals(need.handover().provinceCode())) {
            return SAME_PROVINCE;
        }
        return FAR_SCALE / (1 + places.distanceKm(offer.origin(), need.handover()) / FAR_HALF_KM);
    }

    /** 1 up to {@code soon} days, 0 from {@code calm} days, linear in between. */
    private static double falling(long days, int soon, int calm) {
        if (days <= soon) {
            return 1;
        }
        if (days >= calm) {
            return 0;
        }
        return (double) (calm - days) / (calm - soon);
    }

    private static long daysUntilDeadline(Need need, MatchingContext context) {
        return Math.max(0, ChronoUnit.DAYS.between(context.today(), need.neededBy()));
    }

    private static long daysUntilExpiry(Offer offer, MatchingContext context) {
        return Math.max(0, ChronoUnit.DAYS.between(context.today(), offer.availableUntil()));
    }

    private Reason reasonFor(Criterion criterion, double value, Offer offer, Need need, MatchingContext context) {
        return switch (criterion) {
            case CATEGORY -> categoryReason(offer, need);
            case TEXT -> value > 0 ? Reason.of("reason.text.similar", Math.round(value * 100))
                    : Reason.of("reason.text.different");
            case QUANTITY -> offer.remaining() >= need.remaining() ? Reason.of("reason.quantity.full", need.remaining())
                    : Reason.of("reason.quantity.partial", Math.round(value * 100), offer.remaining());
            case DISTANCE -> distanceReason(offer, need);
            case URGENCY -> Reason.of("reason.urgency." + need.urgency().name().toLowerCase(java.util.Locale.ROOT));
            case DEADLINE -> Reason.of("reason.deadline.days", daysUntilDeadline(need, context));
            case EXPIRY -> Reason.of("reason.expiry.days", daysUntilExpiry(offer, context));
            case FAIRNESS -> {
                int received = context.recentReceiptsOf(need.organisation().id());
                yield received == 0 ? Reason.of("reason.fairness.none") : Reason.of("reason.fairness.recent", received);
            }
        };
    }

    private Reason categoryReason(Offer offer, Need need) {
        CategoryCloseness closeness = taxonomy.closeness(offer.category(), need.category());
        return switch (closeness) {
            case SAME -> Reason.of("reason.category.same", need.category().code());
            case SAME_BRANCH -> Reason.of("reason.category.branch", offer.category().code(), need.category().code());
            case RELATED, UNRELATED ->
                Reason.of("reason.category.related", offer.category().code(), need.category().code());
        };
    }

    private Reason distanceReason(Offer offer, Need need) {
        if (offer.origin().code().equals(need.handover().code())) {
            return Reason.of("reason.distance.same-municipality", need.handover().code());
        }
        if (offer.origin().provinceCode().equals(need.handover().provinceCode())) {
            return Reason.of("reason.distance.same-province", need.handover().provinceCode());
        }
        return Reason.of("reason.distance.km", Math.round(places.distanceKm(offer.origin(), need.handover())));
    }

}
