package bg.inkindmatch.web.help;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

/**
 * A centre keeps its services for the Help pages: adds, changes and removes them. A new
 * text waits for a coordinator of the centre's province; removing takes it off at once.
 */
@Controller
record CentreServicesController(HelpServiceRepository services, Members members, FormRecovery recovery, Clock clock) {

    private static final String PAGE = "help/services";

    @ModelAttribute
    void own(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("services", services.findByOrganisationIdOrderByIdAsc(centre(member).id()));
    }

    @GetMapping("/services")
    String page(Model model) {
        model.addAttribute("form", ServiceForm.empty());
        return PAGE;
    }

    @PostMapping("/services")
    String add(@AuthenticationPrincipal UserDetails member, @Valid @ModelAttribute("form") ServiceForm form,
            BindingResult errors, HttpServletRequest request, Model model) {
        if (recovery.unbound(ServiceForm.class, request, errors, model) || errors.hasErrors()) {
            return PAGE;
        }
        services.save(HelpService.proposed(centre(member).id(), form, clock.instant()));
        return "redirect:/services?proposed";
    }

    @GetMapping("/services/{id}/edit")
    String edit(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model) {
        HelpService service = own(member, id);
        model.addAttribute("form", ServiceForm.of(service));
        model.addAttribute("serviceId", service.id());
        return PAGE;
    }

    @PostMapping("/services/{id}")
    String change(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @Valid @ModelAttribute("form") ServiceForm form, BindingResult errors, HttpServletRequest request,
            Model model) {
        HelpService service = own(member, id);
        model.addAttribute("serviceId", service.id());
        if (recovery.unbound(ServiceForm.class, request, errors, model) || errors.hasErrors()) {
            return PAGE;
        }
        services.save(service.withProposal(form, clock.instant()));
        return "redirect:/services?proposed";
    }

    @PostMapping("/services/{id}/remove")
    String remove(@AuthenticationPrincipal UserDetails member, @PathVariable long id) {
        services.delete(own(member, id));
        return "redirect:/services?removed";
    }

    private StoredOrganisation centre(UserDetails member) {
        StoredOrganisation organisation = members.current(member);
        if (organisation.kind() != OrganisationKind.CENTRE) {
            throw new AccessDeniedException("only centres describe their services");
        }
        return organisation;
    }

    private HelpService own(UserDetails member, long id) {
        long centre = centre(member).id();
        return services.findById(id)
            .filter(service -> service.organisationId() == centre)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
