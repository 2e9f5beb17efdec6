package bg.inkindmatch.web.coordinator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The invitation link of a coordinator's e-mail: opening it changes nothing (mail
 * scanners open links); its button accepts. A changed or expired link shows a page that
 * says so.
 */
@Controller
record InvitationController(Coordinators coordinators) {

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model) {
        return coordinators.invitation(token).map(invited -> {
            model.addAttribute("invited", invited);
            model.addAttribute("token", token);
            return "coordinator/invitation";
        }).orElseGet(() -> problem(model));
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, Model model) {
        return coordinators.accept(token).map(accepted -> {
            model.addAttribute("invited", accepted);
            return "coordinator/invitation-accepted";
        }).orElseGet(() -> problem(model));
    }

    private static String problem(Model model) {
        model.addAttribute("problem", "invitation.invalid");
        return "link-problem";
    }

}
