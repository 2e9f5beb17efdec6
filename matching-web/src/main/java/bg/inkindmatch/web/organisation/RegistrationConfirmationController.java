package bg.inkindmatch.web.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link of the first e-mail of a registration: opening it changes nothing (mail
 * scanners open links), its button confirms the address. A changed or expired link, or
 * one of a forgotten registration, shows a page that says so.
 */
@Controller
record RegistrationConfirmationController(Registrations registrations) {

    @GetMapping("/register/confirm/{token}")
    String show(@PathVariable String token, Model model) {
        if (!registrations.isValid(token)) {
            return problem(model);
        }
        model.addAttribute("token", token);
        return "organisation/confirm";
    }

    @PostMapping("/register/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        if (!registrations.confirm(token)) {
            return problem(model);
        }
        model.addAttribute("token", null);
        return "organisation/confirm";
    }

    private static String problem(Model model) {
        model.addAttribute("problem", "registration.invalid");
        return "link-problem";
    }

}
