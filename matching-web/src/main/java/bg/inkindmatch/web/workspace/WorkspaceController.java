package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.NeedSide;
import bg.inkindmatch.web.post.OfferSide;
import bg.inkindmatch.web.post.PostAttention;
import bg.inkindmatch.web.post.PostService;
import bg.inkindmatch.web.post.StoredPost;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "My page": what waits for the signed-in person. For a member, the proposals waiting for
 * its answer (answered in place), the agreed matches to hand over and its open posts; for
 * a coordinator, the registrations waiting in their provinces and the posts matching had
 * to leave out. Where everyone lands after signing in.
 */
@Controller
record WorkspaceController(MatchService matches, PostService posts, OfferSide offers, NeedSide needs,
        OrganisationRepository organisations, Coordinators coordinators, PostAttention attention) {

    @GetMapping("/my")
    String page(@AuthenticationPrincipal UserDetails person, Model model) {
        Optional<StoredOrganisation> member = organisations.findByEmail(person.getUsername())
            .filter(StoredOrganisation::isApproved);
        member.ifPresent(organisation -> memberParts(organisation, model));
        coordinators.scopeOf(person.getUsername()).ifPresent(scope -> coordinatorParts(scope, model));
        model.addAttribute("member", member.isPresent());
        return "workspace/my";
    }

    private void memberParts(StoredOrganisation organisation, Model model) {
        List<MatchService.View> mine = matches.of(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("waiting", mine.stream().filter(v -> v.match().awaitsAnswerFrom(v.side())).toList());
        model.addAttribute("toHandOver", mine.stream().filter(v -> v.match().status() == MatchStatus.AGREED).toList());
        List<StoredPost> open = new ArrayList<>();
        posts.of(offers, organisation).stream().filter(post -> post.status().isOpen()).forEach(open::add);
        posts.of(needs, organisation).stream().filter(post -> post.status().isOpen()).forEach(open::add);
        model.addAttribute("openPosts", open);
    }

    private void coordinatorParts(CoordinatorScope scope, Model model) {
        model.addAttribute("coordinator", true);
        model.addAttribute("registrations",
                organisations.findByStatusOrderByRegisteredAtAsc(OrganisationStatus.PENDING)
                    .stream()
                    .filter(organisation -> coordinators.covers(scope, organisation.municipality()))
                    .toList());
        model.addAttribute("attention", attention.all().size());
    }

}
