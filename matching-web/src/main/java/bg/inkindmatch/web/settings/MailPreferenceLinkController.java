package bg.inkindmatch.web.settings;

import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.OrganisationService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The e-mail preferences behind the link in every e-mail, without signing in: per
 * proposal, a daily digest, or none. {@code POST /e/{token}/stop} is the RFC 8058
 * one-click unsubscribe that mail programs call from the List-Unsubscribe header (without
 * a CSRF token; the signed link is the proof).
 */
@Controller
record MailPreferenceLinkController(PreferenceLinks links, OrganisationRepository organisationRepository,
        OrganisationService organisations) {

    @GetMapping("/e/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<StoredOrganisation> organisation = organisationOf(token);
        if (organisation.isEmpty()) {
            return invalid(model, response);
        }
        return page(model, token, organisation.get(), organisation.get().mailPreference().name(), false);
    }

    @PostMapping("/e/{token}")
    String save(@PathVariable String token, @RequestParam(name = "mailPreference", required = false) String choice,
            Model model, HttpServletResponse response) {
        Optional<StoredOrganisation> organisation = organisationOf(token);
        if (organisation.isEmpty()) {
            return invalid(model, response);
        }
        Optional<MailPreference> preference = Arrays.stream(MailPreference.values())
            .filter(p -> p.name().equals(choice))
            .findFirst();
        if (preference.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("choiceError", true);
            return page(model, token, organisation.get(), organisation.get().mailPreference().name(), false);
        }
        StoredOrganisation saved = organisations.changeMailPreference(organisation.get().id(), preference.get());
        return page(model, token, saved, saved.mailPreference().name(), true);
    }

    /**
     * The one-click address opened in a browser: the preferences page of the same link.
     */
    @GetMapping("/e/{token}/stop")
    String stopPage(@PathVariable String token) {
        // encoded: a token is untrusted text, and a brace would be read as a URI template
        // variable
        return "redirect:/e/" + org.springframework.web.util.UriUtils.encodePathSegment(token,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/e/{token}/stop")
    String stop(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<StoredOrganisation> organisation = organisationOf(token);
        if (organisation.isEmpty()) {
            return invalid(model, response);
        }
        StoredOrganisation saved = organisations.changeMailPreference(organisation.get().id(), MailPreference.NONE);
        return page(model, token, saved, saved.mailPreference().name(), true);
    }

    private Optional<StoredOrganisation> organisationOf(String token) {
        return links.organisationOf(token)
            .flatMap(organisationRepository::findById)
            .filter(StoredOrganisation::isApproved);
    }

    private String page(Model model, String token, StoredOrganisation organisation, String chosen, boolean saved) {
        model.addAttribute("token", token);
        model.addAttribute("organisationName", organisation.name());
        model.addAttribute("chosen", chosen);
        model.addAttribute("saved", saved);
        model.addAttribute("preferences", List.of(MailPreference.values()));
        return "settings/mail";
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", "link.invalid");
        return "link-problem";
    }

}
