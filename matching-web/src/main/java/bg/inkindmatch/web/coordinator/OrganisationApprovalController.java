package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.web.organisation.OrganisationNotFoundException;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.OrganisationService;
import bg.inkindmatch.web.organisation.Registrations;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The coordinator's page of organisations: approve or reject the registrations of their
 * provinces, see the organisations there. An organisation elsewhere is not found.
 */
@Controller
record OrganisationApprovalController(OrganisationRepository organisations, OrganisationService service,
        Coordinators coordinators, MatchingEngine engine, Registrations registrations) {

    @GetMapping("/coordinator/organisations")
    String list(@AuthenticationPrincipal UserDetails coordinator, Model model, Locale locale) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        String language = PostChoices.language(locale);
        List<StoredOrganisation> waiting = registrations.waitingForApproval();
        java.util.Set<Long> confirmed = waiting.stream().map(StoredOrganisation::id).collect(Collectors.toSet());
        model.addAttribute("pending", inScope(scope, waiting));
        // a registration whose address is not confirmed is only a claim: not listed
        model.addAttribute("all",
                inScope(scope,
                        organisations.findAllByOrderByNameAsc()
                            .stream()
                            .filter(o -> o.status() != OrganisationStatus.PENDING || confirmed.contains(o.id()))
                            .toList()));
        model.addAttribute("municipalityNames",
                engine.places()
                    .municipalities()
                    .stream()
                    .collect(Collectors.toMap(Municipality::code, m -> m.name(language))));
        return "coordinator/organisations";
    }

    @PostMapping("/coordinator/organisations/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal UserDetails coordinator, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", "coordinator.notice.approved");
        return decide(id, OrganisationStatus.APPROVED, coordinator);
    }

    @PostMapping("/coordinator/organisations/{id}/reject")
    String reject(@PathVariable long id, @AuthenticationPrincipal UserDetails coordinator, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", "coordinator.notice.rejected");
        return decide(id, OrganisationStatus.REJECTED, coordinator);
    }

    private String decide(long id, OrganisationStatus decision, UserDetails coordinator) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        organisations.findById(id)
            .filter(organisation -> coordinators.covers(scope, organisation.municipality()))
            .orElseThrow(() -> new OrganisationNotFoundException(id));
        service.decide(id, decision, coordinator.getUsername());
        return "redirect:/coordinator/organisations";
    }

    private List<StoredOrganisation> inScope(CoordinatorScope scope, List<StoredOrganisation> found) {
        return found.stream().filter(organisation -> coordinators.covers(scope, organisation.municipality())).toList();
    }

}
