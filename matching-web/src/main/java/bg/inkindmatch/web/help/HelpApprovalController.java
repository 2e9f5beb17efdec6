package bg.inkindmatch.web.help;

import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A coordinator approves or turns down the changes centres propose to their services, for
 * the centres of their provinces; a service elsewhere is not found.
 */
@Controller
record HelpApprovalController(HelpServiceRepository services, OrganisationRepository organisations,
        Coordinators coordinators, Clock clock) {

    @GetMapping("/coordinator/help")
    String proposals(@AuthenticationPrincipal UserDetails coordinator, Model model) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        Map<Long, StoredOrganisation> centres = organisations.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOrganisation::id, Function.identity()));
        List<Proposal> waiting = services.findAllByOrderByKindAscIdAsc()
            .stream()
            .filter(HelpService::isProposed)
            .filter(service -> coordinators.covers(scope, centres.get(service.organisationId()).municipality()))
            .map(service -> new Proposal(service, centres.get(service.organisationId()).name()))
            .toList();
        model.addAttribute("proposals", waiting);
        return "help/approvals";
    }

    /** Approves ({@code approve}) or turns down ({@code turn-down}) a proposed text. */
    @PostMapping("/coordinator/help/{id}/{decision}")
    String decide(@AuthenticationPrincipal UserDetails coordinator, @PathVariable long id,
            @PathVariable String decision) {
        boolean approve = decision.equals("approve");
        if (!approve && !decision.equals("turn-down")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        HelpService service = inScope(coordinator, id);
        if (service.isProposed()) {
            services.save(approve ? service.approved(coordinator.getUsername(), clock.instant())
                    : service.turnedDown(coordinator.getUsername(), clock.instant()));
        }
        return "redirect:/coordinator/help?" + (approve ? "approved" : "turned-down");
    }

    private HelpService inScope(UserDetails coordinator, long id) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        return services.findById(id)
            .filter(service -> organisations.findById(service.organisationId())
                .map(centre -> coordinators.covers(scope, centre.municipality()))
                .orElse(false))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A change waiting for approval, with its centre's name. */
    public record Proposal(HelpService service, String centre) {
    }

}
