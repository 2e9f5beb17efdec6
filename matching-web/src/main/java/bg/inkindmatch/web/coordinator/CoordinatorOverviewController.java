package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.web.match.MatchNotFoundException;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.match.MatchRepository;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostAttention;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.StoredPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's overview: the posts and matches of the coordinator's provinces (of
 * the whole country for an administrator); anything elsewhere is not found. A module of
 * its own, above organisations, posts and matches, so that none of them needs to know the
 * others for it.
 */
@Controller
record CoordinatorOverviewController(OfferRepository offers, NeedRepository needs, MatchRepository matches,
        OrganisationRepository organisations, PostChoices choices, MatchService matchService, PostAttention attention,
        Coordinators coordinators) {

    @GetMapping("/coordinator/posts")
    String posts(@AuthenticationPrincipal UserDetails coordinator, Model model, Locale locale) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        Map<Side, List<? extends StoredPost>> posts = new EnumMap<>(Side.class);
        posts.put(Side.OFFER, offers.findAll().stream().filter(offer -> covers(scope, offer)).toList());
        posts.put(Side.NEED, needs.findAll().stream().filter(need -> covers(scope, need)).toList());
        Map<Side, Set<Long>> shown = new EnumMap<>(Side.class);
        posts.forEach((side, list) -> shown.put(side, list.stream().map(StoredPost::id).collect(Collectors.toSet())));
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("posts", posts);
        model.addAttribute("attention",
                attention.all().stream().filter(entry -> shown.get(entry.side()).contains(entry.postId())).toList());
        model.addAttribute("categoryLabels",
                choices.categories(locale)
                    .values()
                    .stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toMap(PostChoices.Choice::value, PostChoices.Choice::label)));
        return "coordinator/posts";
    }

    @GetMapping("/coordinator/matches")
    String matches(@AuthenticationPrincipal UserDetails coordinator, Model model) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        Map<Long, StoredOffer> offersById = offers.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOffer::id, Function.identity()));
        Map<Long, StoredNeed> needsById = needs.findAll()
            .stream()
            .collect(Collectors.toMap(StoredNeed::id, Function.identity()));
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("matches",
                matches.findAllByOrderByIdDesc()
                    .stream()
                    .filter(match -> covers(scope, offersById.get(match.offerId()), needsById.get(match.needId())))
                    .toList());
        model.addAttribute("offers", offersById);
        model.addAttribute("needs", needsById);
        return "coordinator/matches";
    }

    @GetMapping("/coordinator/matches/{id}")
    String match(@AuthenticationPrincipal UserDetails coordinator, @PathVariable long id, Model model) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        var match = matches.findById(id).orElseThrow(() -> new MatchNotFoundException(id));
        StoredOffer offer = offers.findById(match.offerId()).orElseThrow();
        StoredNeed need = needs.findById(match.needId()).orElseThrow();
        if (!covers(scope, offer, need)) {
            throw new MatchNotFoundException(id);
        }
        model.addAttribute("match", match);
        model.addAttribute("offer", offer);
        model.addAttribute("need", need);
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("events", matchService.history(id));
        return "coordinator/match";
    }

    /** An offer is where it is given from. */
    private boolean covers(CoordinatorScope scope, StoredOffer offer) {
        return coordinators.covers(scope, offer.origin());
    }

    /** A need is where it is handed over. */
    private boolean covers(CoordinatorScope scope, StoredNeed need) {
        return coordinators.covers(scope, need.handover());
    }

    /** A match concerns the regions of both its offer and its need. */
    private boolean covers(CoordinatorScope scope, StoredOffer offer, StoredNeed need) {
        return covers(scope, offer) || covers(scope, need);
    }

    private Map<Long, String> organisationNames() {
        return organisations.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOrganisation::id, StoredOrganisation::name));
    }

}
