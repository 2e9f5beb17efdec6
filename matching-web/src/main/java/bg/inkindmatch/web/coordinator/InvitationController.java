package bg.inkindmatch.web.coordinator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
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
    String show(@PathVariable String token, @AuthenticationPrincipal UserDetails person, Model model) {
        Optional<StoredCoordinator> invited = coordinators.invitation(token);
        if (forSomebodyElse(invited, person)) {
            return problem("invitation.other-address", model);
        }
        return page(invited, token, model);
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @AuthenticationPrincipal UserDetails person, Model model) {
        if (forSomebodyElse(coordinators.invitation(token), person)) {
            return problem("invitation.other-address", model);
        }
        return page(coordinators.accept(token), null, model);
    }

    /**
     * Whether a person signed in with another address holds the link: an invitation is
     * used by the address it was sent to, never taken over by a session of somebody else.
     */
    private static boolean forSomebodyElse(Optional<StoredCoordinator> invited, UserDetails person) {
        return person != null
                && invited.filter(coordinator -> !coordinator.email().equals(person.getUsername())).isPresent();
    }

    private static String problem(String key, Model model) {
        model.addAttribute("problem", key);
        return "link-problem";
    }

    /**
     * The invitation with its button (a token to accept), the accepted one, or the
     * problem.
     */
    private static String page(Optional<StoredCoordinator> invited, String token, Model model) {
        if (invited.isEmpty()) {
            return problem("invitation.invalid", model);
        }
        model.addAttribute("invited", invited.get());
        model.addAttribute("token", token);
        return "coordinator/invitation";
    }

}
