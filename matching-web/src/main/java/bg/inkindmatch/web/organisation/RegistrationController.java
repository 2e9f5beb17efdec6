package bg.inkindmatch.web.organisation;

import bg.inkindmatch.web.input.FormRecovery;
import jakarta.servlet.http.HttpServletRequest;
import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Province;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Registration of a company or a centre. */
@Controller
record RegistrationController(OrganisationService service, MatchingEngine engine, FormRecovery recovery) {

    @ModelAttribute("kinds")
    List<OrganisationKind> kinds() {
        return List.of(OrganisationKind.values());
    }

    /** Municipalities grouped by province, names in the page's language. */
    @ModelAttribute("places")
    Map<String, List<Municipality>> places(Locale locale) {
        String language = language(locale);
        Map<String, List<Municipality>> places = new LinkedHashMap<>();
        engine.places()
            .provinces()
            .stream()
            .sorted(java.util.Comparator.comparing((Province p) -> p.name(language)))
            .forEach(p -> places.put(p.name(language),
                    engine.places()
                        .municipalitiesOf(p.code())
                        .stream()
                        .sorted(java.util.Comparator.comparing((Municipality m) -> m.name(language)))
                        .toList()));
        return places;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        model.addAttribute("form", RegistrationForm.empty(language(locale)));
        return "organisation/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
            HttpServletRequest request, Model model) {
        if (recovery.unbound(RegistrationForm.class, request, errors, model)) {
            return "organisation/register";
        }
        if (!errors.hasFieldErrors("municipality") && engine.places().municipality(form.municipality()).isEmpty()) {
            errors.rejectValue("municipality", "organisation.municipality.unknown");
        }
        if (errors.hasErrors()) {
            return "organisation/register";
        }
        service.register(form);
        return "redirect:/register/done";
    }

    /** Where the rate limit sends a client that registered too often. */
    @org.springframework.web.bind.annotation.RequestMapping("/register/too-many")
    String tooMany(Model model) {
        model.addAttribute("limit", "registration");
        return "limits/too-many";
    }

    @GetMapping("/register/done")
    String done() {
        return "organisation/registered";
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "bg";
    }

}
