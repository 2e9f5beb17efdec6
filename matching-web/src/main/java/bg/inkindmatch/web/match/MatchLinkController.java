package bg.inkindmatch.web.match;

import bg.inkindmatch.web.need.NeedRepository;
import bg.inkindmatch.web.offer.OfferRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * The one-click answers of the proposal e-mails, without signing in. Following a link only shows a
 * page (mail scanners open links, and a GET must change nothing); its button, a POST, answers. A
 * changed, expired or used link shows a page that says so and changes nothing.
 */
@Controller
class MatchLinkController {

    private final MatchLinks links;
    private final MatchService service;
    private final MatchRepository matches;
    private final OfferRepository offers;
    private final NeedRepository needs;
    private final Clock clock;

    MatchLinkController(MatchLinks links, MatchService service, MatchRepository matches, OfferRepository offers,
                        NeedRepository needs, Clock clock) {
        this.links = links;
        this.service = service;
        this.matches = matches;
        this.offers = offers;
        this.needs = needs;
        this.clock = clock;
    }

    @GetMapping("/m/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<String> problem = problem(token, response);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return "match/link-problem";
        }
        MatchLinks.Claim claim = links.verify(token).orElseThrow();
        Match match = matches.findById(claim.matchId()).orElseThrow();
        model.addAttribute("claim", claim);
        model.addAttribute("match", match);
        model.addAttribute("offer", offers.findById(match.offerId()).orElseThrow());
        model.addAttribute("need", needs.findById(match.needId()).orElseThrow());
        model.addAttribute("token", token);
        return "match/link-confirm";
    }

    @PostMapping("/m/{token}")
    String answer(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<String> problem = problem(token, response);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return "match/link-problem";
        }
        MatchLinks.Claim claim = links.verify(token).orElseThrow();
        Match match = matches.findById(claim.matchId()).orElseThrow();
        MatchService.Outcome outcome = service.answerAs(claim.matchId(), claim.side(), claim.answer(), Channel.EMAIL_LINK,
                service.sideOf(match, claim.side()).email());
        model.addAttribute("outcome", outcome);
        model.addAttribute("claim", claim);
        model.addAttribute("match", matches.findById(claim.matchId()).orElseThrow());
        return "match/link-done";
    }

    /** Why the link cannot be used, as a message key; empty if it can. */
    private Optional<String> problem(String token, HttpServletResponse response) {
        Optional<MatchLinks.Claim> claim = links.verify(token);
        if (claim.isEmpty() || matches.findById(claim.get().matchId()).isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return Optional.of("link.invalid");
        }
        Match match = matches.findById(claim.get().matchId()).orElseThrow();
        if (claim.get().side() == Match.Side.COMPANY ? match.companyAnswer() != null : match.centreAnswer() != null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return Optional.of("link.used");
        }
        if (match.status() != MatchStatus.PROPOSED || clock.instant().isAfter(claim.get().expiresAt())) {
            response.setStatus(HttpStatus.GONE.value());
            return Optional.of("link.expired");
        }
        return Optional.empty();
    }
}
