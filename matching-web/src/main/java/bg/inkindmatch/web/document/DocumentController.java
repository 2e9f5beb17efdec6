package bg.inkindmatch.web.document;

import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.match.MatchNotFoundException;
import bg.inkindmatch.web.match.MatchRepository;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.system.Download;
import bg.inkindmatch.web.system.ReportYear;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;

/**
 * The downloads of the donation papers: each side of a handed-over match and the
 * coordinators of its provinces take its handover protocol and certificate; a company
 * takes its annual statement. Anything else is not found.
 */
@Controller
record DocumentController(DonationPapers papers, MatchService matchService, MatchRepository matches,
        OfferRepository offers, NeedRepository needs, Members members, Coordinators coordinators, Clock clock) {

    @GetMapping("/matches/{id}/handover.pdf")
    ResponseEntity<byte[]> handover(@AuthenticationPrincipal UserDetails member, @PathVariable long id) {
        MatchService.View view = matchService.find(members.current(member), id);
        return paper(view.match(), view.offer(), view.need(), "handover-protocol", papers::handoverProtocol);
    }

    @GetMapping("/matches/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal UserDetails member, @PathVariable long id) {
        MatchService.View view = matchService.find(members.current(member), id);
        return paper(view.match(), view.offer(), view.need(), "donation-certificate", papers::certificate);
    }

    @GetMapping("/coordinator/matches/{id}/handover.pdf")
    ResponseEntity<byte[]> coordinatorHandover(@AuthenticationPrincipal UserDetails coordinator,
            @PathVariable long id) {
        return inScope(coordinator, id, "handover-protocol", papers::handoverProtocol);
    }

    @GetMapping("/coordinator/matches/{id}/certificate.pdf")
    ResponseEntity<byte[]> coordinatorCertificate(@AuthenticationPrincipal UserDetails coordinator,
            @PathVariable long id) {
        return inScope(coordinator, id, "donation-certificate", papers::certificate);
    }

    @GetMapping("/history/statement.pdf")
    ResponseEntity<byte[]> statement(@AuthenticationPrincipal UserDetails member,
            @RequestParam(name = "year", required = false) String year, Locale locale) {
        var company = members.current(member);
        int asked = ReportYear.of(year, clock);
        return Download.of("statement-" + asked + ".pdf", MediaType.APPLICATION_PDF,
                papers.statementPdf(papers.statement(company, asked, locale), locale));
    }

    private ResponseEntity<byte[]> inScope(UserDetails coordinator, long id, String name,
            Function<DonationFacts, byte[]> paper) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        Match match = matches.findById(id).orElseThrow(() -> new MatchNotFoundException(id));
        StoredOffer offer = offers.findById(match.offerId()).orElseThrow();
        StoredNeed need = needs.findById(match.needId()).orElseThrow();
        if (!coordinators.covers(scope, offer.origin()) && !coordinators.covers(scope, need.handover())) {
            throw new MatchNotFoundException(id);
        }
        return paper(match, offer, need, name, paper);
    }

    /** The paper of a handed-over match; before the handover there is none. */
    private ResponseEntity<byte[]> paper(Match match, StoredOffer offer, StoredNeed need, String name,
            Function<DonationFacts, byte[]> paper) {
        DonationFacts facts = papers.facts(match, offer, need)
            .orElseThrow(() -> new MatchNotFoundException(match.id()));
        return Download.of(name + "-" + match.id() + ".pdf", MediaType.APPLICATION_PDF, paper.apply(facts));
    }

}
