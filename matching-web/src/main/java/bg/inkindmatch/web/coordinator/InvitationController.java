package bg.inkindmatch.web.coordinator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Optional;

/**
 * The invitation link of a coordinator's e-mail: opening it changes nothing (mail
 * scanners open links); its button accepts. A changed or expired link shows a page that
 * says so.
 */
@Controller
record InvitationController(Coordinators coordinators) {

    @GetMapping("/invitation/{token}")
    String show(@PathVariable String token, Model model) {
        return page(coordinators.invitation(token), token, model);
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, Model model) {
        return page(coordinators.accept(token), null, model);
    }

    /**
     * The invitation with its button (a token to accept), the accepted one, or the
     * problem.
     */
    private static String page(Optional<StoredCoordinator> invited, String token, Model model) {
        if (invited.isEmpty()) {
            model.addAttribute("problem", "invitation.invalid");
            return "link-problem";
        }
        model.addAttribute("invited", invited.get());
        model.addAttribute("token", token);
        return "coordinator/invitation";
    }

}
