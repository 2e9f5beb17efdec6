package bg.inkindmatch.web.match;

import bg.inkindmatch.core.taxonomy.Flow;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.ReasonWording;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * "My matches": an organisation's proposed and agreed matches, with accept and decline
 * buttons.
 */
@Controller
record MatchController(MatchService matches, Members members, ReasonWording wording, PostChoices choices) {

    @GetMapping("/matches")
    String list(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("matches", matches.of(members.current(member)));
        return "match/list";
    }

    @GetMapping("/matches/{id}")
    String detail(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model, Locale locale) {
        MatchService.View view = matches.find(members.current(member), id);
        model.addAttribute("view", view);
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("reasons", wording
            .sentences(view.match().strongestReasons(4).stream().map(line -> line.reason()).toList(), locale));
        model.addAttribute("handover", choices.municipalityName(view.need().handover(), locale));
        model.addAttribute("training", view.match().status().isAgreedByBoth()
                && choices.flowOf(view.offer().category()).filter(Flow.TO_WORKPLACES::equals).isPresent());
        return "match/detail";
    }

    @PostMapping("/matches/{id}/accept")
    String accept(@AuthenticationPrincipal UserDetails member, @PathVariable long id, RedirectAttributes flash) {
        matches.answer(members.current(member), id, Answer.ACCEPTED);
        flash.addFlashAttribute("notice", "match.notice.accepted");
        return "redirect:/matches/" + id;
    }

    /** The confirmation step before the handover is recorded. */
    @GetMapping("/matches/{id}/delivered")
    String confirmDelivery(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model) {
        MatchService.View view = matches.find(members.current(member), id);
        if (view.match().status() != MatchStatus.AGREED) {
            return "redirect:/matches/" + id;
        }
        model.addAttribute("view", view);
        return "match/deliver-confirm";
    }

    @PostMapping("/matches/{id}/delivered")
    String delivered(@AuthenticationPrincipal UserDetails member, @PathVariable long id, RedirectAttributes flash) {
        matches.deliver(members.current(member), id);
        flash.addFlashAttribute("notice", "match.notice.delivered");
        return "redirect:/matches/" + id;
    }

    @PostMapping("/matches/{id}/decline")
    String decline(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        matches.answer(members.current(member), id, Answer.DECLINED, DeclineReason.parse(reason));
        flash.addFlashAttribute("notice", "match.notice.declined");
        return "redirect:/matches/" + id;
    }

}
