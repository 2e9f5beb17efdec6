package bg.inkindmatch.web.post;

import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.core.taxonomy.Flow;
import bg.inkindmatch.core.training.TrainingFormat;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.core.ResolvableType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A member's posts on one side: list, post, edit, preview, pause, resume, withdraw. Every
 * step is written once here; each side is mapped by a small subclass under its own
 * address ({@link OfferController}, {@link NeedController}), which fixes the form type
 * the request binds to.
 *
 * @param <S> the side's stored post
 * @param <F> the side's form
 */
abstract class PostController<S extends StoredPost, F extends PostForm> {

    private static final String FORM = "post/form";

    private static final String PREVIEW_FRAGMENT = "post/preview :: preview";

    private final PostSide<S, F> side;

    private final Parts parts;

    private final Class<? extends Record> formType;

    PostController(PostSide<S, F> side, Parts parts) {
        this.side = side;
        this.parts = parts;
        this.formType = ResolvableType.forClass(PostController.class, getClass())
            .getGeneric(1)
            .toClass()
            .asSubclass(Record.class);
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal UserDetails member, Model model, Locale locale) {
        model.addAttribute("side", side.side());
        model.addAttribute("categories", parts.choices().categories(locale, side.side(), owner(member).kind()));
        model.addAttribute("units", List.of(Unit.values()));
        model.addAttribute("trainingFormats", TrainingFormat.values());
        model.addAttribute("trainingLanguages", TrainingLanguages.OFFERED);
        model.addAllAttributes(side.choices(locale));
    }

    @GetMapping
    String list(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("posts", parts.posts().of(side, owner(member)));
        return "post/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal UserDetails member, Model model) {
        model.addAttribute("form", side.emptyForm(LocalDate.now(parts.clock()), owner(member)));
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal UserDetails member, @Valid @ModelAttribute("form") F form,
            BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes flash) {
        StoredOrganisation owner = owner(member);
        if (parts.recovery().unbound(formType, request, errors, model) || !mayPost(owner, form, errors)) {
            return FORM;
        }
        parts.posts().create(side, owner, form);
        flash.addFlashAttribute("notice", "post.notice.saved");
        return redirectToList();
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model) {
        S post = parts.posts().find(side, owner(member), id);
        if (!post.editable()) {
            return redirectToList();
        }
        model.addAttribute("form", side.formOf(post));
        model.addAttribute("postId", post.id());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @Valid @ModelAttribute("form") F form, BindingResult errors, Model model, HttpServletRequest request,
            RedirectAttributes flash) {
        StoredOrganisation owner = owner(member);
        S post = parts.posts().find(side, owner, id);
        if (!post.editable()) {
            return redirectToList();
        }
        model.addAttribute("postId", id);
        if (parts.recovery().unbound(formType, request, errors, model)) {
            return FORM;
        }
        if (form.quantity() != null && form.quantity() < post.taken()) {
            errors.rejectValue("quantity", "post.quantity.below-taken", new Object[] { post.taken() }, null);
        }
        if (!mayPost(owner, form, errors)) {
            return FORM;
        }
        parts.posts().update(side, owner, id, form);
        flash.addFlashAttribute("notice", "post.notice.saved");
        return redirectToList();
    }

    /**
     * The live preview: how many open posts on the other side this post would match, with
     * the best three. For htmx (typing in the form) only the preview fragment; without
     * JavaScript the whole form again, with the preview and what was typed.
     */
    @PostMapping("/preview")
    String preview(@AuthenticationPrincipal UserDetails member, @ModelAttribute("form") F form, BindingResult errors,
            @RequestParam(name = "postId", required = false) Long postId, HtmxRequest htmx, Model model, Locale locale,
            HttpServletRequest request) {
        StoredOrganisation owner = owner(member);
        if (postId != null) {
            model.addAttribute("postId", parts.posts().find(side, owner, postId).id());
        }
        boolean complete = !parts.recovery().unbound(formType, request, errors, model) && mayPost(owner, form, errors);
        model.addAttribute("preview", complete ? parts.previews().of(side, form, owner, locale) : Preview.incomplete());
        return htmx.isHtmxRequest() ? PREVIEW_FRAGMENT : FORM;
    }

    @PostMapping("/{id}/{change}")
    String change(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable String change,
            RedirectAttributes flash) {
        StatusChange statusChange = StatusChange.named(change).orElseThrow(() -> new PostNotFoundException(id));
        parts.posts().change(side, owner(member), id, statusChange);
        flash.addFlashAttribute("notice", "post.notice.changed");
        return redirectToList();
    }

    /**
     * Whether the form has no errors and its category is one the owner may post on this
     * side (a centre offers trainings, not goods); if not, says so next to the category.
     */
    private boolean mayPost(StoredOrganisation owner, F form, BindingResult errors) {
        if (!parts.choices().allows(side.side(), owner.kind(), form.category())) {
            errors.rejectValue("category", "post.category.not-yours." + side.side().key());
        }
        if (parts.choices().flowOf(form.category()).filter(Flow.TO_WORKPLACES::equals).isPresent()) {
            checkTrainingTerms(form, errors);
        }
        return !errors.hasErrors();
    }

    /** A workplace training names where it is held and in which languages. */
    private static void checkTrainingTerms(PostForm form, BindingResult errors) {
        if (form.format() == null) {
            errors.rejectValue("format", "post.training.format.required");
        }
        if (form.languages().isEmpty()) {
            errors.rejectValue("languages", "post.training.languages.required");
        }
        else if (!TrainingLanguages.allOffered(form.languages())) {
            errors.rejectValue("languages", "post.training.languages.unknown");
        }
    }

    private String redirectToList() {
        return "redirect:/" + side.side().path();
    }

    private StoredOrganisation owner(UserDetails member) {
        return parts.members().current(member);
    }

    /** What the pages of every side share. */
    @Component
    record Parts(PostService posts, Members members, PostChoices choices, Clock clock, PostPreviews previews,
            FormRecovery recovery) {
    }

}
