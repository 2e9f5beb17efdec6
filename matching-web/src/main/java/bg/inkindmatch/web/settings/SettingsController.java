package bg.inkindmatch.web.settings;

import bg.inkindmatch.web.input.FormRecovery;
import jakarta.servlet.http.HttpServletRequest;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationService;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

/**
 * The signed-in organisation's settings: what e-mail it gets, and whether it takes new
 * proposals.
 */
@Controller
record SettingsController(Members members, OrganisationService organisations, FormRecovery recovery) {

    @ModelAttribute("preferences")
    List<MailPreference> preferences() {
        return List.of(MailPreference.values());
    }

    @GetMapping("/settings")
    String show(@AuthenticationPrincipal UserDetails member, Model model) {
        StoredOrganisation organisation = members.current(member);
        model.addAttribute("form", new SettingsForm(organisation.mailPreference(), organisation.proposalsPaused()));
        model.addAttribute("organisation", organisation);
        return "settings/form";
    }

    @PostMapping("/settings")
    String save(@AuthenticationPrincipal UserDetails member, @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult errors, Model model, HttpServletRequest request) {
        StoredOrganisation organisation = members.current(member);
        if (recovery.unbound(SettingsForm.class, request, errors, model) || errors.hasErrors()) {
            model.addAttribute("organisation", organisation);
            return "settings/form";
        }
        organisations.changeMailPreference(organisation.id(), form.mailPreference());
        organisations.pauseProposals(organisation.id(), form.paused());
        return "redirect:/settings?saved";
    }

}
