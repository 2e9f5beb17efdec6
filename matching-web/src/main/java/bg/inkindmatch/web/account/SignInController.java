package bg.inkindmatch.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages around sign-in; the requests themselves are handled by Spring Security's
 * filters.
 */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String form() {
        return "sign-in/form";
    }

    @GetMapping("/sign-in/sent")
    String sent() {
        return "sign-in/sent";
    }

    /**
     * The page the e-mailed link opens: a button that signs in, because a GET must change
     * nothing.
     */
    @GetMapping("/sign-in/confirm")
    String confirm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "sign-in/confirm";
    }

    /**
     * Reached only when the sign-in filter made no token, because the address cannot be
     * one: the answer is the same as for any address.
     */
    @PostMapping("/sign-in/link")
    String notAnAddress() {
        return "redirect:/sign-in/sent";
    }

    @RequestMapping("/sign-in/too-many")
    String tooMany(Model model) {
        model.addAttribute("limit", "sign-in");
        return "limits/too-many";
    }

}
