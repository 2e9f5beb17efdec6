package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.post.PostChoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrators' page of the team: who coordinates which provinces, invitations by
 * e-mail, the provinces of each, and taking access away.
 */
@Controller
record CoordinatorTeamController(Coordinators coordinators, MatchingEngine engine, FormRecovery recovery) {

    private static final String PAGE = "coordinator/team";

    @ModelAttribute
    void choices(Model model, Locale locale) {
        String language = PostChoices.language(locale);
        Map<String, String> provinces = new LinkedHashMap<>();
        engine.places()
            .provinces()
            .stream()
            .sorted(Comparator.comparing((Province p) -> p.name(language)))
            .forEach(p -> provinces.put(p.code(), p.name(language)));
        model.addAttribute("provinces", provinces);
        model.addAttribute("roles", List.of(CoordinatorRole.values()));
        model.addAttribute("team", coordinators.all());
    }

    @GetMapping("/coordinator/team")
    String show(Model model) {
        model.addAttribute("form", InvitationForm.empty());
        return PAGE;
    }

    @PostMapping("/coordinator/team")
    String invite(@AuthenticationPrincipal UserDetails admin, @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors, HttpServletRequest request, Model model) {
        if (!recovery.unbound(InvitationForm.class, request, errors, model)) {
            form.provincesRefusal(engine.places()).ifPresent(message -> errors.rejectValue("provinces", message));
        }
        if (errors.hasErrors()) {
            return PAGE;
        }
        boolean invited = coordinators.invite(admin.getUsername(), form.email(), form.role(),
                form.role() == CoordinatorRole.ADMIN ? Set.of() : new TreeSet<>(form.provinces()));
        return "redirect:/coordinator/team?" + (invited ? "invited" : "already");
    }

    @PostMapping("/coordinator/team/{id}/provinces")
    String answerFor(@PathVariable long id, @RequestParam(name = "provinces", required = false) List<String> codes) {
        Set<String> provinces = new TreeSet<>(codes == null ? List.of() : codes);
        provinces.removeIf(code -> engine.places().province(code).isEmpty());
        if (!provinces.isEmpty()) {
            coordinators.answerFor(id, provinces);
        }
        return "redirect:/coordinator/team";
    }

    @PostMapping("/coordinator/team/{id}/remove")
    String remove(@PathVariable long id) {
        return "redirect:/coordinator/team" + (coordinators.remove(id) ? "" : "?last-administrator");
    }

}
