package bg.inkindmatch.web.staleness;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Optional;

/**
 * The one-click "still needed / still available" link, without signing in. Following it
 * only shows a page (a GET changes nothing); its button, a POST, confirms. A changed
 * link, or one for a post that was closed meanwhile, shows a page that says so;
 * confirming twice is harmless.
 */
@Controller
class StillOpenController {

    private final StillOpenLinks links;

    private final StalePosts stalePosts;

    StillOpenController(StillOpenLinks links, StalePosts stalePosts) {
        this.links = links;
        this.stalePosts = stalePosts;
    }

    @GetMapping("/still/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<StalePost> post = usablePost(token, model, response);
        if (post.isEmpty()) {
            return "link-problem";
        }
        model.addAttribute("post", post.get());
        model.addAttribute("token", token);
        return "staleness/confirm";
    }

    @PostMapping("/still/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<StalePost> post = usablePost(token, model, response);
        if (post.isEmpty()) {
            return "link-problem";
        }
        if (!stalePosts.confirm(links.verify(token).orElseThrow())) {
            return closed(model, response);
        }
        model.addAttribute("post", post.get());
        return "staleness/confirmed";
    }

    private Optional<StalePost> usablePost(String token, Model model, HttpServletResponse response) {
        Optional<StalePost> post = links.verify(token).flatMap(check -> stalePosts.post(check.side(), check.postId()));
        if (post.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "still.invalid");
            return Optional.empty();
        }
        if (!post.get().isActive()) {
            closed(model, response);
            return Optional.empty();
        }
        return post;
    }

    private static String closed(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("problem", "still.closed");
        return "link-problem";
    }

}
