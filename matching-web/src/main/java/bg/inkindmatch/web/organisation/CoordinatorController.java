package bg.inkindmatch.web.organisation;

import bg.inkindmatch.core.MatchingEngine;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The coordinator's page of organisations: approve or reject registrations, see everyone.
 */
@Controller
record CoordinatorController(OrganisationRepository organisations, OrganisationService service, MatchingEngine engine) {

    @GetMapping("/coordinator/organisations")
    String list(Model model, java.util.Locale locale) {
        String language = RegistrationController.language(locale);
        model.addAttribute("pending", organisations.findByStatusOrderByRegisteredAtAsc(OrganisationStatus.PENDING));
        model.addAttribute("all", organisations.findAllByOrderByNameAsc());
        model.addAttribute("municipalityNames",
                engine.places()
                    .municipalities()
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(m -> m.code(), m -> m.name(language))));
        return "organisation/coordinator";
    }

    @PostMapping("/coordinator/organisations/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal UserDetails coordinator) {
        service.decide(id, OrganisationStatus.APPROVED, coordinator.getUsername());
        return "redirect:/coordinator/organisations";
    }

    @PostMapping("/coordinator/organisations/{id}/reject")
    String reject(@PathVariable long id, @AuthenticationPrincipal UserDetails coordinator) {
        service.decide(id, OrganisationStatus.REJECTED, coordinator.getUsername());
        return "redirect:/coordinator/organisations";
    }

}
