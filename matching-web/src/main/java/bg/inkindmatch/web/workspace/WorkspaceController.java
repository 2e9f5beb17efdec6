package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.NeedSide;
import bg.inkindmatch.web.post.OfferSide;
import bg.inkindmatch.web.post.PostService;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "My page": what waits for the signed-in person. For a member, the proposals waiting for
 * its answer (answered in place), the agreed matches to hand over and its open posts with
 * the "still current?" questions about them; for a coordinator, the queue of their
 * provinces and the week's numbers. Where everyone lands after signing in.
 */
@Controller
record WorkspaceController(MatchService matches, PostService posts, OfferSide offers, NeedSide needs,
        OrganisationRepository organisations, Coordinators coordinators, CoordinatorDesk desk) {

    @GetMapping("/my")
    String page(@AuthenticationPrincipal UserDetails person, Model model) {
        Optional<StoredOrganisation> member = organisations.findByEmail(person.getUsername())
            .filter(StoredOrganisation::isApproved);
        member.ifPresent(organisation -> memberParts(organisation, model));
        coordinators.scopeOf(person.getUsername()).ifPresent(scope -> desk.addTo(scope, model));
        model.addAttribute("member", member.isPresent());
        return "workspace/my";
    }

    private void memberParts(StoredOrganisation organisation, Model model) {
        List<MatchService.View> mine = matches.of(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("waiting", mine.stream().filter(v -> v.match().awaitsAnswerFrom(v.side())).toList());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("toHandOver", mine.stream().filter(v -> v.match().status() == MatchStatus.AGREED).toList());
        List<StoredPost> open = new ArrayList<>();
        posts.of(offers, organisation).stream().filter(post -> post.status().isOpen()).forEach(open::add);
        posts.of(needs, organisation).stream().filter(post -> post.status().isOpen()).forEach(open::add);
        model.addAttribute("openPosts", open);
        model.addAttribute("proposals", proposalsPerPost(mine));
        // the page asks @staleQuestions about them by side, as the lists of posts do
        model.addAttribute("offerSide", offers.side());
        model.addAttribute("needSide", needs.side());
        model.addAttribute("offerIds", idsOf(open, offers.side()));
        model.addAttribute("needIds", idsOf(open, needs.side()));
    }

    /**
     * How many proposed or agreed matches each post has, keyed "offer-12" / "need-7" as
     * the page's list items are.
     */
    private static Map<String, Long> proposalsPerPost(List<MatchService.View> mine) {
        Map<String, Long> counts = new HashMap<>();
        mine.stream()
            .filter(v -> v.match().status() == MatchStatus.PROPOSED || v.match().status() == MatchStatus.AGREED)
            .forEach(v -> {
                counts.merge("offer-" + v.offer().id(), 1L, Long::sum);
                counts.merge("need-" + v.need().id(), 1L, Long::sum);
            });
        return counts;
    }

    private static List<Long> idsOf(List<StoredPost> posts, Side side) {
        return posts.stream().filter(post -> post.side() == side).map(StoredPost::id).toList();
    }

}
