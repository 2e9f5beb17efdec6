package bg.inkindmatch.web.match;

import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostTexts;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.StoredOffer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * The one-click answers of the proposal e-mails, without signing in. Following a link
 * only shows a page (mail scanners open links, and a GET must change nothing); its
 * button, a POST, answers. A changed, expired or used link shows a page that says so and
 * changes nothing.
 */
@Controller
record MatchLinkController(MatchLinks links, MatchService service, MatchRepository matches, OfferRepository offers,
        NeedRepository needs, PostTexts texts, Clock clock) {

    /**
     * A link as checked once: the claim and its match, or why it cannot be used (a
     * message key, with the status the page answers with).
     */
    private record Checked(MatchLinks.Claim claim, Match match, String problem, HttpStatus status) {

        static Checked usable(MatchLinks.Claim claim, Match match) {
            return new Checked(claim, match, null, HttpStatus.OK);
        }

        static Checked unusable(String problem, HttpStatus status) {
            return new Checked(null, null, problem, status);
        }

        boolean isUsable() {
            return problem == null;
        }
    }

    @GetMapping("/m/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Checked link = check(token);
        if (!link.isUsable()) {
            return problemPage(link, model, response);
        }
        model.addAttribute("claim", link.claim());
        model.addAttribute("match", link.match());
        // the other side's text only once a coordinator has seen it
        StoredOffer offer = offers.findById(link.match().offerId()).orElseThrow();
        StoredNeed need = needs.findById(link.match().needId()).orElseThrow();
        boolean company = link.claim().side() == Match.Side.COMPANY;
        model.addAttribute("offer",
                company || texts.isPublished(Side.OFFER, offer.id()) ? offer : offer.withTextWithheld());
        model.addAttribute("need",
                !company || texts.isPublished(Side.NEED, need.id()) ? need : need.withTextWithheld());
        model.addAttribute("token", token);
        model.addAttribute("declineReasons", DeclineReason.values());
        return "match/link-confirm";
    }

    @PostMapping("/m/{token}")
    String answer(@PathVariable String token, @RequestParam(name = "reason", required = false) String reason,
            Model model, HttpServletResponse response) {
        Checked link = check(token);
        if (!link.isUsable()) {
            return problemPage(link, model, response);
        }
        MatchLinks.Claim claim = link.claim();
        MatchService.Outcome outcome = service.answerAs(claim.matchId(), claim.side(), claim.answer(),
                DeclineReason.parse(reason), Channel.EMAIL_LINK, service.sideOf(link.match(), claim.side()).email());
        model.addAttribute("outcome", outcome);
        model.addAttribute("claim", claim);
        model.addAttribute("match", matches.findById(claim.matchId()).orElseThrow());
        return "match/link-done";
    }

    private static String problemPage(Checked link, Model model, HttpServletResponse response) {
        response.setStatus(link.status().value());
        model.addAttribute("problem", link.problem());
        return "link-problem";
    }

    /**
     * The link verified once and its match loaded once; a problem if it cannot be used.
     */
    private Checked check(String token) {
        Optional<MatchLinks.Claim> claim = links.verify(token);
        Optional<Match> found = claim.flatMap(c -> matches.findById(c.matchId()));
        if (found.isEmpty()) {
            return Checked.unusable("link.invalid", HttpStatus.BAD_REQUEST);
        }
        Match match = found.get();
        if (match.hasAnswered(claim.get().side())) {
            return Checked.unusable("link.used", HttpStatus.CONFLICT);
        }
        if (match.status() != MatchStatus.PROPOSED || clock.instant().isAfter(claim.get().expiresAt())) {
            return Checked.unusable("link.expired", HttpStatus.GONE);
        }
        return Checked.usable(claim.get(), match);
    }

}
