package bg.inkindmatch.web.post;

import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Optional;

/**
 * "This post shows personal data": a member reports another organisation's post from the
 * board. The report goes to the top of the queue of the coordinators of the post's
 * province, who hide the text at once (send it back) or keep it.
 */
@Controller
record PostReportController(TextQueue queue, OfferRepository offers, NeedRepository needs, Members members) {

    @PostMapping("/report/{side}/{id}")
    String report(@PathVariable String side, @PathVariable long id, @AuthenticationPrincipal UserDetails member,
            RedirectAttributes flash) {
        StoredOrganisation reporter = members.current(member);
        Optional<? extends StoredPost> post = switch (side.toLowerCase(Locale.ROOT)) {
            case "offer" -> offers.findById(id);
            case "need" -> needs.findById(id);
            default -> Optional.empty();
        };
        StoredPost reported = post.filter(found -> found.organisationId() != reporter.id())
            .orElseThrow(() -> new PostNotFoundException(id));
        queue.report(reported.side(), id, reporter.id());
        flash.addFlashAttribute("notice", "report.notice.sent");
        return "redirect:/board";
    }

}
