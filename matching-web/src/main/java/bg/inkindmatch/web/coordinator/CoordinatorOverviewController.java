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
import bg.inkindmatch.web.post.StoredPost;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's overview: every post and every match, of every organisation. A module
 * of its own, above organisations, posts and matches, so that none of them needs to know
 * the others for it.
 */
@Controller
record CoordinatorOverviewController(OfferRepository offers, NeedRepository needs, MatchRepository matches,
        OrganisationRepository organisations, PostChoices choices, MatchService matchService, PostAttention attention) {

    @GetMapping("/coordinator/posts")
    String posts(Model model, Locale locale) {
        model.addAttribute("organisations", organisationNames());
        Map<Side, List<? extends StoredPost>> posts = new EnumMap<>(Side.class);
        posts.put(Side.OFFER, offers.findAll());
        posts.put(Side.NEED, needs.findAll());
        model.addAttribute("posts", posts);
        model.addAttribute("attention", attention.all());
        model.addAttribute("categoryLabels",
                choices.categories(locale)
                    .values()
                    .stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toMap(PostChoices.Choice::value, PostChoices.Choice::label)));
        return "coordinator/posts";
    }

    @GetMapping("/coordinator/matches")
    String matches(Model model) {
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("matches", matches.findAllByOrderByIdDesc());
        model.addAttribute("offers",
                offers.findAll().stream().collect(Collectors.toMap(o -> o.id(), Function.identity())));
        model.addAttribute("needs",
                needs.findAll().stream().collect(Collectors.toMap(n -> n.id(), Function.identity())));
        return "coordinator/matches";
    }

    @GetMapping("/coordinator/matches/{id}")
    String match(@PathVariable long id, Model model) {
        var match = matches.findById(id).orElseThrow(() -> new MatchNotFoundException(id));
        model.addAttribute("match", match);
        model.addAttribute("offer", offers.findById(match.offerId()).orElseThrow());
        model.addAttribute("need", needs.findById(match.needId()).orElseThrow());
        model.addAttribute("organisations", organisationNames());
        model.addAttribute("events", matchService.history(id));
        return "coordinator/match";
    }

    private Map<Long, String> organisationNames() {
        return organisations.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOrganisation::id, StoredOrganisation::name));
    }

}
