package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.impact.ImpactFigures;
import bg.inkindmatch.web.impact.ImpactPeriod;
import bg.inkindmatch.web.impact.ImpactReports;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.Registrations;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.TextQueue;
import bg.inkindmatch.web.post.PostAttention;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A coordinator's part of My page, for the provinces in their scope: registrations
 * waiting for approval, posts matching left out, post texts to review, agreed matches
 * whose handover is overdue, and the last seven days in numbers.
 */
@Component
class CoordinatorDesk {

    private static final int WEEK_DAYS = 7;

    /** How many texts of the queue My page shows at once (the oldest, reported first). */
    private static final int TEXTS_SHOWN = 20;

    private final OrganisationRepository organisations;

    private final Coordinators coordinators;

    private final PostAttention attention;

    private final OfferRepository offers;

    private final NeedRepository needs;

    private final MatchService matches;

    private final ImpactReports reports;

    private final InKindProperties properties;

    private final TextQueue texts;

    private final Registrations registrations;

    private final Clock clock;

    CoordinatorDesk(OrganisationRepository organisations, Coordinators coordinators, PostAttention attention,
            OfferRepository offers, NeedRepository needs, MatchService matches, ImpactReports reports,
            InKindProperties properties, TextQueue texts, Registrations registrations, Clock clock) {
        this.texts = texts;
        this.registrations = registrations;
        this.organisations = organisations;
        this.coordinators = coordinators;
        this.attention = attention;
        this.offers = offers;
        this.needs = needs;
        this.matches = matches;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    void addTo(CoordinatorScope scope, Model model) {
        model.addAttribute("coordinator", true);
        model.addAttribute("registrations",
                registrations.waitingForApproval()
                    .stream()
                    .filter(organisation -> coordinators.covers(scope, organisation.municipality()))
                    .toList());
        model.addAttribute("attention", attentionIn(scope));
        Optional<Set<String>> provinces = scope.wholeCountry() ? Optional.empty() : Optional.of(scope.provinces());
        model.addAttribute("texts", texts.waiting(provinces, TEXTS_SHOWN));
        model.addAttribute("textsWaiting", texts.count(provinces));
        model.addAttribute("stuck",
                matches.stuck(clock.instant().minus(properties.matching().handoverWithin()), LocalDate.now(clock))
                    .stream()
                    .filter(v -> coordinators.covers(scope, v.offer().origin())
                            || coordinators.covers(scope, v.need().handover()))
                    .toList());
        model.addAttribute("week", week(scope));
    }

    /**
     * How many of the posts matching left out are in the coordinator's provinces (an
     * offer where it is given from, a need where it is handed over).
     */
    private long attentionIn(CoordinatorScope scope) {
        List<PostAttention.Entry> entries = attention.all();
        if (scope.wholeCountry()) {
            return entries.size();
        }
        List<Long> offerIds = entries.stream()
            .filter(e -> e.side() == Side.OFFER)
            .map(PostAttention.Entry::postId)
            .toList();
        List<Long> needIds = entries.stream()
            .filter(e -> e.side() == Side.NEED)
            .map(PostAttention.Entry::postId)
            .toList();
        return offers.findAllById(offerIds).stream().filter(offer -> isIn(scope, offer.origin())).count()
                + needs.findAllById(needIds).stream().filter(need -> isIn(scope, need.handover())).count();
    }

    private boolean isIn(CoordinatorScope scope, String municipality) {
        return municipality != null && coordinators.covers(scope, municipality);
    }

    private CoordinatorWeek week(CoordinatorScope scope) {
        LocalDate today = LocalDate.now(clock);
        ImpactPeriod period = new ImpactPeriod(today.minusDays(WEEK_DAYS - 1), today);
        ImpactFigures figures = reports.figures(period,
                scope.wholeCountry() ? Optional.empty() : Optional.of(scope.provinces()));
        return new CoordinatorWeek(period.from(), period.to(), count(figures, "made"), count(figures, "accepted"),
                count(figures, "declined"), figures.delivered().count(), figures.delivered().units());
    }

    private static long count(ImpactFigures figures, String key) {
        return figures.proposals()
            .stream()
            .filter(tally -> tally.key().equals(key))
            .mapToLong(ImpactFigures.Tally::count)
            .sum();
    }

}
