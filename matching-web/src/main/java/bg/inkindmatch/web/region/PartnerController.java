package bg.inkindmatch.web.region;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.post.PostChoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A coordinator keeps the partners of their provinces' protocols: adds them with their
 * role, the day they joined and their public contact, and removes them. A partner
 * elsewhere is not found.
 */
@Controller
record PartnerController(PartnerRepository partners, Coordinators coordinators, MatchingEngine engine,
        FormRecovery recovery, Clock clock) {

    private static final String PAGE = "coordinator/partners";

    /** No protocol is older than this. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @ModelAttribute
    void choices(@AuthenticationPrincipal UserDetails coordinator, Model model, Locale locale) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        String language = PostChoices.language(locale);
        Map<String, String> provinces = new LinkedHashMap<>();
        engine.places()
            .provinces()
            .stream()
            .filter(province -> scope.covers(province.code()))
            .sorted(Comparator.comparing((Province p) -> p.name(language)))
            .forEach(province -> provinces.put(province.code(), province.name(language)));
        model.addAttribute("provinces", provinces);
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("partners",
                partners.findAllByOrderByProvinceAscRoleAscNameAsc()
                    .stream()
                    .filter(partner -> scope.covers(partner.province()))
                    .toList());
    }

    /** The page, with the province chosen for a coordinator who answers for one only. */
    @GetMapping("/coordinator/partners")
    String show(@AuthenticationPrincipal UserDetails coordinator, Model model) {
        Set<String> provinces = coordinators.scopeOf(coordinator).provinces();
        String only = provinces.size() == 1 ? provinces.iterator().next() : "";
        model.addAttribute("form", PartnerForm.empty(LocalDate.now(clock), only));
        return PAGE;
    }

    @PostMapping("/coordinator/partners")
    String add(@AuthenticationPrincipal UserDetails coordinator, @Valid @ModelAttribute("form") PartnerForm form,
            BindingResult errors, HttpServletRequest request, Model model) {
        if (recovery.unbound(PartnerForm.class, request, errors, model)) {
            return PAGE;
        }
        if (!form.province().isBlank() && !coordinators.scopeOf(coordinator).covers(form.province())) {
            errors.rejectValue("province", "partner.province.unknown");
        }
        if (form.joinedOn() != null && form.joinedOn().isBefore(EARLIEST)) {
            errors.rejectValue("joinedOn", "partner.joined.too-early");
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        partners.save(StoredPartner.of(form));
        return "redirect:/coordinator/partners";
    }

    @PostMapping("/coordinator/partners/{id}/remove")
    String remove(@AuthenticationPrincipal UserDetails coordinator, @PathVariable long id) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        StoredPartner partner = partners.findById(id)
            .filter(found -> scope.covers(found.province()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        partners.delete(partner);
        return "redirect:/coordinator/partners";
    }

}
