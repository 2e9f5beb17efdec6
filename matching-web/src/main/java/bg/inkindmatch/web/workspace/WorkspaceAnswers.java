package bg.inkindmatch.web.workspace;

import bg.inkindmatch.web.match.Answer;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.organisation.Members;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answers given on My page. With htmx the proposal's line is replaced by what happened,
 * in place; without JavaScript the plain form posts here and comes back to My page with a
 * notice. The match page answers the same way through the match module.
 */
@Controller
record WorkspaceAnswers(MatchService matches, Members members) {

    private static final String ANSWERED = "workspace/answered";

    @PostMapping("/my/matches/{id}/accept")
    String accept(@AuthenticationPrincipal UserDetails member, @PathVariable long id, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        MatchService.View after = matches.answer(members.current(member), id, Answer.ACCEPTED);
        return answered(id, notice(after, Answer.ACCEPTED), htmx, model, flash);
    }

    @PostMapping("/my/matches/{id}/decline")
    String decline(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @RequestParam(name = "reason", required = false) String reason, HtmxRequest htmx, Model model,
            RedirectAttributes flash) {
        MatchService.View after = matches.answer(members.current(member), id, Answer.DECLINED,
                DeclineReason.parse(reason));
        return answered(id, notice(after, Answer.DECLINED), htmx, model, flash);
    }

    /**
     * What to tell: the answer given, or that nothing changed because the proposal was no
     * longer open (the other side declined, it expired) or this side had answered
     * otherwise.
     */
    private static String notice(MatchService.View after, Answer given) {
        if (after.match().answerOf(after.side()) != given) {
            return "match.notice.not-open";
        }
        return given == Answer.ACCEPTED ? "match.notice.accepted" : "match.notice.declined";
    }

    private static String answered(long id, String notice, HtmxRequest htmx, Model model, RedirectAttributes flash) {
        if (htmx.isHtmxRequest()) {
            model.addAttribute("matchId", id);
            model.addAttribute("answered", notice);
            return ANSWERED;
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:/my";
    }

}
