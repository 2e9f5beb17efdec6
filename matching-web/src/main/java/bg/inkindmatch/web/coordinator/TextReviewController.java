package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.PostNotFoundException;
import bg.inkindmatch.web.post.PostTexts;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredPost;
import bg.inkindmatch.web.post.TextQueue;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.OwnTransaction;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A coordinator's answer to a post's text in the queue of My page: publish it, or send it
 * back to its member with a reason (which also hides a published text at once after a
 * report). The answer names the digest of the text the coordinator was shown: if the
 * member changed it since, nothing is decided and the new text waits in the queue. Only
 * posts in the coordinator's provinces are found.
 */
@Controller
record TextReviewController(PostTexts texts, TextQueue queue, Coordinators coordinators, OfferRepository offers,
        NeedRepository needs, OrganisationRepository organisations, Mailer mailer, InKindProperties properties,
        PostChoices choices, OwnTransaction transaction) {

    /** The longest reason a coordinator may give; the member reads it on their list. */
    static final int REASON_LENGTH = 500;

    @PostMapping("/coordinator/texts/{side}/{id}/approve")
    String approve(@PathVariable String side, @PathVariable long id, @RequestParam(defaultValue = "") String digest,
            @AuthenticationPrincipal UserDetails coordinator, RedirectAttributes flash) {
        StoredPost post = inScope(side, id, coordinator);
        boolean done = Boolean.TRUE.equals(transaction.call(status -> {
            boolean approved = texts.approve(post.side(), id, digest, coordinator.getUsername());
            if (approved) {
                queue.reportsHandled(post.side(), id, coordinator.getUsername());
            }
            return approved;
        }));
        flash.addFlashAttribute("notice", done ? "texts.notice.approved" : "texts.notice.changed");
        return "redirect:/my#texts";
    }

    @PostMapping("/coordinator/texts/{side}/{id}/send-back")
    String sendBack(@PathVariable String side, @PathVariable long id, @RequestParam(defaultValue = "") String digest,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal UserDetails coordinator,
            RedirectAttributes flash) {
        StoredPost post = inScope(side, id, coordinator);
        String note = oneLine(reason);
        if (note.isEmpty()) {
            flash.addFlashAttribute("notice", "texts.notice.reason-required");
            return "redirect:/my#texts";
        }
        boolean done = Boolean.TRUE.equals(transaction.call(status -> {
            boolean sentBack = texts.sendBack(post.side(), id, digest, coordinator.getUsername(), note);
            if (sentBack) {
                queue.reportsHandled(post.side(), id, coordinator.getUsername());
                tellMember(post);
            }
            return sentBack;
        }));
        flash.addFlashAttribute("notice", done ? "texts.notice.sent-back" : "texts.notice.changed");
        return "redirect:/my#texts";
    }

    /**
     * The member's e-mail: which post (by its kind and category, never its text, which
     * may be what was wrong) and where to read the reason and change it.
     */
    private void tellMember(StoredPost post) {
        organisations.findById(post.organisationId()).ifPresent(organisation -> {
            String path = "/" + post.side().path() + "/" + post.id() + "/edit";
            Locale language = Locale.forLanguageTag(organisation.language());
            mailer.send(organisation.email(), organisation.language(), "post-sent-back",
                    Map.of("need", post.side() == Side.NEED, "category",
                            choices.categoryLabel(post.category(), language), "editLink", properties.link(path)));
        });
    }

    private StoredPost inScope(String side, long id, UserDetails coordinator) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        Optional<? extends StoredPost> post = switch (side.toLowerCase(Locale.ROOT)) {
            case "offer" -> offers.findById(id);
            case "need" -> needs.findById(id);
            default -> Optional.empty();
        };
        return post.filter(found -> scope.covers(found.province())).orElseThrow(() -> new PostNotFoundException(id));
    }

    /**
     * The reason as one bounded line: line breaks and control characters become spaces
     * (it is shown in a page and never pattern-matched), the length is capped.
     */
    static String oneLine(String reason) {
        String bounded = reason.length() > REASON_LENGTH * 2 ? reason.substring(0, REASON_LENGTH * 2) : reason;
        StringBuilder line = new StringBuilder(bounded.length());
        bounded.codePoints()
            .forEach(c -> line.appendCodePoint(
                    Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT
                            ? ' ' : c));
        String trimmed = line.toString().strip();
        return trimmed.length() > REASON_LENGTH ? trimmed.substring(0, REASON_LENGTH) : trimmed;
    }

}
