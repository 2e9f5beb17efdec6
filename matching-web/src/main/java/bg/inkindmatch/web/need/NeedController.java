package bg.inkindmatch.web.need;

import bg.inkindmatch.web.input.FormRecovery;
import jakarta.servlet.http.HttpServletRequest;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.CorePosts;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.PostPreviews;
import bg.inkindmatch.web.post.PostNotFoundException;
import bg.inkindmatch.web.post.StatusChange;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A centre's needs: list, post, edit, pause, resume, close. */
@Controller
class NeedController {

    private final NeedService needs;
    private final Members members;
    private final PostChoices choices;
    private final Clock clock;
    private final PostPreviews previews;
    private final CorePosts corePosts;
    private final FormRecovery recovery;

    NeedController(NeedService needs, Members members, PostChoices choices, Clock clock, PostPreviews previews,
                   CorePosts corePosts, FormRecovery recovery) {
        this.recovery = recovery;
        this.previews = previews;
        this.corePosts = corePosts;
        this.needs = needs;
        this.members = members;
        this.choices = choices;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("categories", choices.categories(locale));
        model.addAttribute("units", List.of(Unit.values()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
        model.addAttribute("municipalities", choices.municipalities(locale));
    }

    @GetMapping("/needs")
    String list(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("needs", needs.of(centre(member)));
        return "need/list";
    }

    @GetMapping("/needs/new")
    String newForm(@AuthenticationPrincipal UserDetails member, Model model) {
        StoredOrganisation centre = centre(member);
        model.addAttribute("form", NeedForm.empty(LocalDate.now(clock), centre.municipality()));
        return "need/form";
    }

    @PostMapping("/needs")
    String create(@AuthenticationPrincipal UserDetails member, @Valid @ModelAttribute("form") NeedForm form,
                  BindingResult errors, HttpServletRequest request, Model model) {
        StoredOrganisation centre = centre(member);
        if (errors.getTarget() == null) {
            recovery.recover(NeedForm.class, request, errors, model);
            return "need/form";
        }
        if (errors.hasErrors()) {
            return "need/form";
        }
        needs.create(centre, form);
        return "redirect:/needs";
    }

    @GetMapping("/needs/{id}/edit")
    String editForm(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model) {
        StoredNeed need = needs.find(centre(member), id);
        model.addAttribute("form", NeedForm.of(need));
        model.addAttribute("needId", need.id());
        return "need/form";
    }

    @PostMapping("/needs/{id}")
    String update(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
                  @Valid @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
                  HttpServletRequest request) {
        StoredOrganisation centre = centre(member);
        StoredNeed need = needs.find(centre, id);
        if (errors.getTarget() == null) {
            recovery.recover(NeedForm.class, request, errors, model);
            model.addAttribute("needId", id);
            return "need/form";
        }
        if (form.quantity() != null && form.quantity() < need.taken()) {
            errors.rejectValue("quantity", "post.quantity.below-taken", new Object[] {need.taken()}, null);
        }
        if (errors.hasErrors()) {
            model.addAttribute("needId", id);
            return "need/form";
        }
        needs.update(centre, id, form);
        return "redirect:/needs";
    }

    /**
     * The live preview: how many open posts on the other side this need would match, with the best
     * three. For htmx (typing in the form) only the preview fragment; without JavaScript the whole form
     * again, with the preview and what was typed.
     */
    @PostMapping("/needs/preview")
    String preview(@AuthenticationPrincipal UserDetails member, @ModelAttribute("form") NeedForm form,
                   BindingResult errors, @RequestParam(name = "needId", required = false) Long needId,
                   HtmxRequest htmx, Model model, Locale locale, HttpServletRequest request) {
        StoredOrganisation centre = centre(member);
        if (needId != null) {
            model.addAttribute("needId", needs.find(centre, needId).id());
        }
        if (errors.getTarget() == null) {
            recovery.recover(NeedForm.class, request, errors, model);
            model.addAttribute("preview", previews.forNeed(Optional.empty(), locale));
            return htmx.isHtmxRequest() ? "post/preview :: preview" : "need/form";
        }
        model.addAttribute("preview", previews.forNeed(
                errors.hasErrors() ? Optional.empty() : corePosts.need(form, CorePosts.organisation(centre)), locale));
        return htmx.isHtmxRequest() ? "post/preview :: preview" : "need/form";
    }

    @PostMapping("/needs/{id}/{change}")
    String change(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable String change) {
        StatusChange statusChange = StatusChange.named(change).orElseThrow(() -> new PostNotFoundException(id));
        needs.change(centre(member), id, statusChange);
        return "redirect:/needs";
    }

    private StoredOrganisation centre(UserDetails member) {
        return members.current(member, OrganisationKind.CENTRE);
    }
}
